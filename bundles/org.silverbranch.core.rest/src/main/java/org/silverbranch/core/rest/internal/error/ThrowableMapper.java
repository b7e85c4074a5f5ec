package org.silverbranch.core.rest.internal.error;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Maps every exception to the JSON error answer. */
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private final ErrorResponses errors;

    // Injected by CXF with a proxy to the current request's headers.
    @Context
    private HttpHeaders headers;

    public ThrowableMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(Throwable exception) {
        return errors.of(exception, ErrorResponses.acceptLanguage(headers));
    }
}
