package org.silverbranch.core.rest.internal.filter;

import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

/**
 * Headers that keep browsers from sniffing, framing, caching or leaking API answers, which hold personal data
 * (ID numbers, health notes, whereabouts). Runs for every answer, errors included.
 * <p>
 * CORS stays closed: no answer carries an {@code Access-Control-Allow-*} header (whatever a resource set), so a
 * page of another origin can never read an answer. Over HTTPS, {@code Strict-Transport-Security} tells browsers
 * to come back only over HTTPS.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    private static final List<String> CORS_HEADERS = List.of("Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
            "Access-Control-Expose-Headers", "Access-Control-Max-Age");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("Referrer-Policy", "no-referrer");
        CORS_HEADERS.forEach(headers::remove);
        headers.remove("Server");
        headers.remove("X-Powered-By");
        if (request.getSecurityContext() != null && request.getSecurityContext().isSecure()) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
