package org.silverbranch.core.rest.internal.filter;

import java.util.function.LongSupplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.silverbranch.core.rest.internal.error.ErrorResponses;

/**
 * Refuses request bodies over the configured limit with 413: at once when {@code Content-Length} says so, and
 * while reading for chunked bodies, so a client cannot exhaust memory by streaming.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public final class RequestSizeFilter implements ContainerRequestFilter {

    private final LongSupplier maxBytes;
    private final ErrorResponses errors;

    /** @param maxBytes the current limit; read per request so a configuration change applies at once */
    public RequestSizeFilter(LongSupplier maxBytes, ErrorResponses errors) {
        this.maxBytes = maxBytes;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = maxBytes.getAsLong();
        if (request.getLength() > limit) {
            request.abortWith(errors.payloadTooLarge(limit, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }
}
