package org.silverbranch.orglife.supervision.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.SupervisionService;

/** {@code /api/v1/inspections/{id}}: one inspection with its findings. */
@Component(service = InspectionResource.class, property = RestProperties.RESOURCE + "=true")
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final SupervisionService supervision;

    @Activate
    public InspectionResource(@Reference(name = "supervision") SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GET
    @Path("{id: [0-9]+}")
    public Inspection get(@Context SecurityContext security, @PathParam("id") long id) {
        return supervision.inspection(Callers.of(security), id);
    }
}
