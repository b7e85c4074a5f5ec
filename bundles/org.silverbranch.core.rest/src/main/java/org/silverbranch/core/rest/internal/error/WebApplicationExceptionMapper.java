package org.silverbranch.core.rest.internal.error;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * CXF registers its own mapper for {@link WebApplicationException}, which is more specific than ours for
 * {@code Throwable} and answers without a body; this one, registered by us, wins over it.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorResponses errors;

    // Injected by CXF with a proxy to the current request's headers.
    @Context
    private HttpHeaders headers;

    public WebApplicationExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        return errors.of(exception, ErrorResponses.acceptLanguage(headers));
    }
}
