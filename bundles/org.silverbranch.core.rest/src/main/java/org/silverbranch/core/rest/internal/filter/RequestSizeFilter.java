package org.silverbranch.core.rest.internal.filter;

import java.util.Locale;
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
 * while reading for chunked bodies, so a client cannot exhaust memory by streaming. File uploads (a meeting's
 * minutes as PDF, say: the types listed in {@link #isFileUpload}) have the larger upload limit, which the resource
 * narrows to its own; every other body, JSON above all, has the request limit. The upload types are a list of what
 * no JSON endpoint reads, not "anything but JSON": media types match without regard to case, so a body sent as
 * {@code application/JSON} would otherwise reach a JSON endpoint, login included, under the upload limit.
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
        long limit = isFileUpload(request.getMediaType())
                ? Math.max(maxUploadBytes.getAsLong(), maxBytes.getAsLong()) : maxBytes.getAsLong();
        if (request.getLength() > limit) {
            request.abortWith(errors.payloadTooLarge(limit, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    /** PDF, images, Office documents, ZIP and plain bytes; case-insensitive, as media types are. */
    static boolean isFileUpload(MediaType type) {
        if (type == null) {
            return false;
        }
        String main = type.getType().toLowerCase(Locale.ROOT);
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return main.equals("image") && !sub.contains("svg")
                || main.equals("application") && (sub.equals("pdf") || sub.equals("octet-stream") || sub.equals("zip")
                        || sub.startsWith("vnd.openxmlformats-officedocument.") || sub.equals("msword")
                        || sub.equals("vnd.ms-excel"));
    }
}
