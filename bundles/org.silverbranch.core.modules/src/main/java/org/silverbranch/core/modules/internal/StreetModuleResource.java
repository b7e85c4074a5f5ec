package org.silverbranch.core.modules.internal;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.api.module.StreetModule;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;

/** {@code /api/v1/streets/{code}/modules}: the services a street runs. */
@Component(service = StreetModuleResource.class, property = "osgi.jaxrs.resource=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetModuleResource {

    private final ModuleService modules;

    @Activate
    public StreetModuleResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @GET
    @Path("{code}/modules")
    @ResponseType(value = StreetModule.class, array = true)
    public List<StreetModule> enabled(@Context SecurityContext security, @PathParam("code") String code) {
        return modules.enabledModules(Callers.of(security), code);
    }

    @PUT
    @Path("{code}/modules/{id}")
    public StreetModule enable(@Context SecurityContext security, @PathParam("code") String code,
                               @PathParam("id") String id) {
        return modules.enable(Callers.of(security), code, id);
    }

    @DELETE
    @Path("{code}/modules/{id}")
    @ResponseType(value = Void.class, status = 204)
    public Response disable(@Context SecurityContext security, @PathParam("code") String code,
                            @PathParam("id") String id) {
        modules.disable(Callers.of(security), code, id);
        return Response.noContent().build();
    }
}
