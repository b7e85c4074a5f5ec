package org.silverbranch.core.rest.internal.module;

import java.util.List;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.PathSegment;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Callers;

/**
 * The one gate in front of every module server ({@code /api/v1/{module}/streets/{streetCode}/...}), so modules
 * need not check it themselves: reading a street outside the caller's scope, or an unknown one, answers 404
 * STREET_NOT_FOUND (never revealing that another street exists), writing to another street 403 FORBIDDEN, and a
 * street that did not enable the module 403 MODULE_NOT_ENABLED.
 */
@PreMatching // before method matching: scope and enablement answer first, whatever the path's methods (no 405)
@Priority(Priorities.AUTHORIZATION) // after the pre-matching authentication filter
public final class ModuleGateFilter implements ContainerRequestFilter {

    private final String moduleId;
    private final ModuleService modules;
    private final StreetService streets;

    public ModuleGateFilter(String moduleId, ModuleService modules, StreetService streets) {
        this.moduleId = moduleId;
        this.modules = modules;
        this.streets = streets;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments();
        if (segments.size() < 2 || !"streets".equals(segments.get(0).getPath())) {
            return; // not a street's path: the resource answers (usually 404)
        }
        String streetCode = segments.get(1).getPath();
        Caller caller = Callers.of(request.getSecurityContext());
        if (caller.streetCode() != null && !caller.streetCode().equals(streetCode)) {
            // reading another street looks like an unknown street; writing to it is refused outright
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            throw read ? ServiceException.notFound("STREET_NOT_FOUND", streetCode) : ServiceException.forbidden("FORBIDDEN");
        }
        if (!modules.isEnabled(streetCode, moduleId)) {
            streets.get(caller, streetCode); // an unknown street is 404, not 403
            throw ServiceException.forbidden("MODULE_NOT_ENABLED", moduleId, streetCode);
        }
    }
}
