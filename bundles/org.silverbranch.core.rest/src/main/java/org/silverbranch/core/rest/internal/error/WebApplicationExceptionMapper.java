package org.silverbranch.core.rest.internal.error;

import java.util.List;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.module.ModuleDescriptor;

/**
 * CXF registers its own mapper for {@link WebApplicationException}, which is more specific than ours for
 * {@code Throwable} and answers without a body; this one, registered by us, wins over it.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorResponses errors;
    private final boolean core;

    // Injected by CXF with proxies to the current request's headers and URI.
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;

    /** @param core whether this maps for the core server, where paths of modules that are not installed end */
    public WebApplicationExceptionMapper(ErrorResponses errors, boolean core) {
        this.errors = errors;
        this.core = core;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Throwable error = exception;
        if (core && exception instanceof NotFoundException) {
            String module = notInstalledModule(uri.getPathSegments());
            if (module != null) {
                error = ServiceException.notFound("MODULE_NOT_INSTALLED", module);
            }
        }
        return errors.of(error, ErrorResponses.acceptLanguage(headers));
    }

    /**
     * A module's path {@code {module}/streets/...} reaches the core server only when no server of that module is
     * published, i.e. the module is not installed: no core path has {@code streets} as its second segment.
     */
    static String notInstalledModule(List<PathSegment> segments) {
        if (segments.size() >= 2 && "streets".equals(segments.get(1).getPath())) {
            String first = segments.get(0).getPath();
            return ModuleDescriptor.ID.matcher(first).matches() && !"streets".equals(first) ? first : null;
        }
        return null;
    }
}
