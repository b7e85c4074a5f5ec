package org.silverbranch.core.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.internal.error.ErrorResponses;

/**
 * Authenticates every request with HTTP Basic or a bearer token before any resource is matched, so a caller
 * without credentials learns nothing about which paths exist. One instance per published server: the public
 * endpoints are recognized by the server's address plus the request path.
 * <p>
 * A user whose password was set by someone else (an administrator, or the platform at the first start) gets
 * 403 {@code PASSWORD_CHANGE_REQUIRED} for every request, core or module, except changing it
 * ({@code POST /api/v1/auth/password}).
 * <p>
 * Read-only roles (viewer, auditor) are refused every write (any method but GET, HEAD, OPTIONS; their own logout
 * and password change excepted) with 403 here, for the core and every module alike, before a body is even read.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

    static final String BEARER_SCHEME = "Bearer";
    private static final Set<Role> READ_ONLY = EnumSet.of(Role.VIEWER, Role.AUDITOR);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BASIC_PREFIX = "basic ";
    private static final String BEARER_PREFIX = "bearer ";

    private final AuthenticationService authentication;
    private final ErrorResponses errors;
    private final String serverAddress;

    /** @param serverAddress the server's address below the servlet context, e.g. {@code /v1} */
    public AuthenticationFilter(AuthenticationService authentication, ErrorResponses errors, String serverAddress) {
        this.authentication = authentication;
        this.errors = errors;
        this.serverAddress = serverAddress;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PublicEndpoints.isPublic(request.getMethod(), pathBelowContext(request.getUriInfo().getPath()))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && startsWithIgnoringCase(header, BEARER_PREFIX);
        Optional<Caller> caller = Optional.empty();
        if (bearer) {
            caller = authentication.authenticateToken(header.substring(BEARER_PREFIX.length()).strip());
        } else if (header != null && startsWithIgnoringCase(header, BASIC_PREFIX)) {
            caller = basic(header.substring(BASIC_PREFIX.length()).strip());
        }
        if (caller.isPresent()) {
            String language = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            String path = pathBelowContext(request.getUriInfo().getPath());
            if (!PublicEndpoints.isPasswordChange(request.getMethod(), path)
                    && authentication.passwordChangeRequired(caller.get().username())) {
                request.abortWith(errors.of(ServiceException.forbidden("PASSWORD_CHANGE_REQUIRED"), language));
                return;
            }
            if (READ_ONLY.contains(caller.get().role()) && !READ_METHODS.contains(request.getMethod())
                    && !PublicEndpoints.isSelfService(request.getMethod(), path)) {
                request.abortWith(errors.of(ServiceException.forbidden("FORBIDDEN"), language));
                return;
            }
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerSecurityContext(caller.get(),
                    bearer ? BEARER_SCHEME : SecurityContext.BASIC_AUTH, secure));
        } else {
            // A browser would pop up its login dialog on a challenge; the web console uses bearer tokens, so an
            // expired token must not trigger it.
            request.abortWith(errors.unauthorized(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), !bearer));
        }
    }

    private Optional<Caller> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return authentication.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    String pathBelowContext(String requestPath) {
        String path = requestPath == null ? "" : requestPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? serverAddress : serverAddress + "/" + path;
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
