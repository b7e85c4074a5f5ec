package org.silverbranch.core.modules.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.module.ModuleInfo;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;

/** {@code /api/v1/modules}: what district IT can install, and installing it into the running platform. */
@Component(service = ModuleResource.class, property = "osgi.jaxrs.resource=true")
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    private final ModuleService modules;

    @Activate
    public ModuleResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @GET
    @ResponseType(value = ModuleInfo.class, array = true)
    public List<ModuleInfo> list(@Context SecurityContext security) {
        return modules.list(Callers.of(security));
    }

    @GET
    @Path("{id}")
    public ModuleInfo get(@Context SecurityContext security, @PathParam("id") String id) {
        return modules.get(Callers.of(security), id);
    }

    @POST
    @Path("{id}/install")
    public ModuleInfo install(@Context SecurityContext security, @PathParam("id") String id) {
        return modules.install(Callers.of(security), id);
    }

    @POST
    @Path("{id}/uninstall")
    public ModuleInfo uninstall(@Context SecurityContext security, @PathParam("id") String id) {
        return modules.uninstall(Callers.of(security), id);
    }
}
