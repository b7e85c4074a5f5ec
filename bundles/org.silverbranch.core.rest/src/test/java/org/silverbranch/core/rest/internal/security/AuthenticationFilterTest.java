package org.silverbranch.core.rest.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.internal.error.ErrorResponses;
import org.silverbranch.core.rest.internal.error.Messages;

public class AuthenticationFilterTest {

    private static final Caller SECRETARY = new Caller("wang", Role.BRANCH_SECRETARY, "230109001", 7L);
    private static final Caller FRESH = new Caller("fresh", Role.STREET_ADMIN, "230109001", null);
    private static final Caller VIEWER = new Caller("viewer", Role.VIEWER, "230109001", null);

    private final List<String> attempts = new ArrayList<>();
    private final AuthenticationFilter filter = new AuthenticationFilter(new FakeAuthentication(),
            new ErrorResponses(new Messages()), "/v1");

    @Test
    public void basicCredentialsGiveTheCallersSecurityContext() {
        FakeRequest request = new FakeRequest("GET", "streets", "Basic " + base64("wang:pa:ss"));

        filter.filter(request.context());

        assertNull(request.aborted);
        assertEquals(List.of("basic wang/pa:ss"), attempts);
        assertEquals(SECRETARY, Callers.of(request.securityContext));
        assertTrue(request.securityContext.isUserInRole("BRANCH_SECRETARY"));
        assertEquals(SecurityContext.BASIC_AUTH, request.securityContext.getAuthenticationScheme());
    }

    @Test
    public void bearerTokenGivesTheCaller() {
        FakeRequest request = new FakeRequest("GET", "/members/1", "Bearer good-token");

        filter.filter(request.context());

        assertNull(request.aborted);
        assertEquals(SECRETARY, Callers.of(request.securityContext));
    }

    @Test
    public void missingCredentialsAre401WithChallenge() {
        FakeRequest request = new FakeRequest("GET", "streets", null);

        filter.filter(request.context());

        assertEquals(401, request.aborted.getStatus());
        assertTrue(request.aborted.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).startsWith("Basic realm=\"Silverbranch\""));
    }

    @Test
    public void wrongPasswordAndGarbageAre401() {
        FakeRequest wrong = new FakeRequest("GET", "streets", "Basic " + base64("wang:wrong"));
        FakeRequest garbage = new FakeRequest("GET", "streets", "Basic %%%");

        filter.filter(wrong.context());
        filter.filter(garbage.context());

        assertEquals(401, wrong.aborted.getStatus());
        assertEquals(401, garbage.aborted.getStatus());
    }

    @Test
    public void rejectedBearerTokenIs401WithoutChallenge() {
        FakeRequest request = new FakeRequest("GET", "streets", "Bearer expired");

        filter.filter(request.context());

        assertEquals(401, request.aborted.getStatus());
        assertNull(request.aborted.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    public void tokenRequestAndApiDocumentNeedNoCredentials() {
        FakeRequest token = new FakeRequest("POST", "auth/token", null);
        FakeRequest document = new FakeRequest("GET", "/openapi.json", null);
        FakeRequest tokenByGet = new FakeRequest("GET", "auth/token", null);

        filter.filter(token.context());
        filter.filter(document.context());
        filter.filter(tokenByGet.context());

        assertNull(token.aborted);
        assertNull(document.aborted);
        assertEquals(401, tokenByGet.aborted.getStatus());
        assertEquals(List.of(), attempts);
    }

    @Test
    public void aPasswordSetBySomeoneElseAllowsOnlyItsChange() {
        String basic = "Basic " + base64("fresh:initial");
        FakeRequest streets = new FakeRequest("GET", "streets", basic);
        FakeRequest me = new FakeRequest("GET", "auth/me", basic);
        FakeRequest change = new FakeRequest("POST", "auth/password", basic);
        FakeRequest changeByGet = new FakeRequest("GET", "auth/password", basic);

        for (FakeRequest r : List.of(streets, me, changeByGet)) {
            filter.filter(r.context());
            assertEquals(403, r.aborted.getStatus());
            assertEquals("PASSWORD_CHANGE_REQUIRED", ((org.silverbranch.core.rest.internal.error.ErrorResponse)
                    r.aborted.getEntity()).code());
        }
        filter.filter(change.context());
        assertNull(change.aborted);
        assertEquals(FRESH, Callers.of(change.securityContext));
    }

    @Test
    public void readOnlyRolesAreRefusedEveryWriteBeforeTheBodyIsRead() {
        String basic = "Basic " + base64("viewer:secret");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            FakeRequest write = new FakeRequest(method, "streets/230109001/members", basic);
            filter.filter(write.context());
            assertEquals(method, 403, write.aborted.getStatus());
        }
        AuthenticationFilter module = new AuthenticationFilter(new FakeAuthentication(),
                new ErrorResponses(new Messages()), "/v1/volunteer");
        FakeRequest moduleWrite = new FakeRequest("POST", "streets/230109001/shifts", basic);
        module.filter(moduleWrite.context());
        assertEquals(403, moduleWrite.aborted.getStatus());
        for (FakeRequest allowed : List.of(new FakeRequest("GET", "streets", basic),
                new FakeRequest("POST", "auth/logout", basic), new FakeRequest("POST", "auth/password", basic))) {
            filter.filter(allowed.context());
            assertNull(allowed.aborted);
        }
    }

    @Test
    public void aModuleServerHasNoPublicEndpoints() {
        AuthenticationFilter moduleFilter = new AuthenticationFilter(new FakeAuthentication(),
                new ErrorResponses(new Messages()), "/v1/meetings");
        FakeRequest request = new FakeRequest("POST", "auth/token", null);

        moduleFilter.filter(request.context());

        assertEquals(401, request.aborted.getStatus());
        assertEquals("/v1/meetings/auth/token", moduleFilter.pathBelowContext("/auth/token/"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private final class FakeAuthentication implements AuthenticationService {

        @Override
        public Optional<Caller> authenticate(String username, String password) {
            attempts.add("basic " + username + "/" + password);
            if (username.equals("fresh") && password.equals("initial")) {
                return Optional.of(FRESH);
            }
            if (username.equals("viewer") && password.equals("secret")) {
                return Optional.of(VIEWER);
            }
            return username.equals("wang") && password.equals("pa:ss") ? Optional.of(SECRETARY) : Optional.empty();
        }

        @Override
        public IssuedToken issueToken(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> authenticateToken(String token) {
            return token.equals("good-token") ? Optional.of(SECRETARY) : Optional.empty();
        }

        @Override
        public void revokeToken(String token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean passwordChangeRequired(String username) {
            return username.equals("fresh");
        }

        @Override
        public void changePassword(Caller caller, String oldPassword, String newPassword) {
            throw new UnsupportedOperationException();
        }
    }

    /** Just enough of a request for the filter, without a JAX-RS runtime. */
    private static final class FakeRequest {

        private final Map<String, String> headers = new HashMap<>();
        private final String method;
        private final String path;
        Response aborted;
        SecurityContext securityContext;

        FakeRequest(String method, String path, String authorization) {
            this.method = method;
            this.path = path;
            if (authorization != null) {
                headers.put(HttpHeaders.AUTHORIZATION, authorization);
            }
        }

        ContainerRequestContext context() {
            UriInfo uriInfo = proxy(UriInfo.class, (name, args) -> name.equals("getPath") ? path : null);
            return proxy(ContainerRequestContext.class, (name, args) -> switch (name) {
                case "getMethod" -> method;
                case "getUriInfo" -> uriInfo;
                case "getHeaderString" -> headers.get((String) args[0]);
                case "getSecurityContext" -> securityContext;
                case "setSecurityContext" -> {
                    securityContext = (SecurityContext) args[0];
                    yield null;
                }
                case "abortWith" -> {
                    aborted = (Response) args[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException(name);
            });
        }

        private interface Handler {
            Object handle(String name, Object[] args);
        }

        private static <T> T proxy(Class<T> type, Handler handler) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (p, method, args) -> handler.handle(method.getName(), args)));
        }
    }
}
