package org.silverbranch.core.rest.internal.filter;

import java.util.function.LongSupplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.silverbranch.core.rest.internal.error.ErrorResponses;

/**
 * Refuses request bodies over the configured limit with 413: at once when {@code Content-Length} says so, and
 * while reading for chunked bodies, so a client cannot exhaust memory by streaming. JSON bodies (and bodies without
 * a type) have the request limit; other bodies are file uploads (a meeting's minutes as PDF, say), which the
 * resource streams and checks against its own limit, and have the larger upload limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public final class RequestSizeFilter implements ContainerRequestFilter {

    private final LongSupplier maxBytes;
    private final LongSupplier maxUploadBytes;
    private final ErrorResponses errors;

    /** @param maxBytes the current limits; read per request so a configuration change applies at once */
    public RequestSizeFilter(LongSupplier maxBytes, LongSupplier maxUploadBytes, ErrorResponses errors) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean upload = type != null && !type.getSubtype().equals("json") && !type.getSubtype().endsWith("+json");
        long limit = upload ? Math.max(maxUploadBytes.getAsLong(), maxBytes.getAsLong()) : maxBytes.getAsLong();
        if (request.getLength() > limit) {
            request.abortWith(errors.payloadTooLarge(limit, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }
}
