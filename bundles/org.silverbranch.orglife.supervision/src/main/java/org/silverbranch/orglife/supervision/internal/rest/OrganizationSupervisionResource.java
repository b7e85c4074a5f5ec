package org.silverbranch.orglife.supervision.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * {@code /api/v1/organizations/{id}/...}: a branch's inspections, health and away members. Published in the core
 * group (no {@code silverbranch.rest.group}) beside the core's organization resource.
 */
@Component(service = OrganizationSupervisionResource.class, property = RestProperties.RESOURCE + "=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationSupervisionResource {

    private final SupervisionService supervision;
    private final BranchHealthService health;
    private final SeasonalService seasonal;

    @Activate
    public OrganizationSupervisionResource(@Reference(name = "supervision") SupervisionService supervision,
                                           @Reference(name = "health") BranchHealthService health,
                                           @Reference(name = "seasonal") SeasonalService seasonal) {
        this.supervision = supervision;
        this.health = health;
        this.seasonal = seasonal;
    }

    /** Records an inspection with its findings (rectification tasks) in one transaction. */
    @POST
    @Path("{id: [0-9]+}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseType(value = Inspection.class, status = 201)
    public Response create(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long id,
                           InspectionInput input) {
        Inspection created = supervision.createInspection(Callers.of(security), id, input);
        URI location = uri.getBaseUriBuilder().path("inspections").path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    /** The branch's inspections, newest first, each with its findings. */
    @GET
    @Path("{id: [0-9]+}/inspections")
    public List<Inspection> inspections(@Context SecurityContext security, @PathParam("id") long id) {
        return supervision.inspections(Callers.of(security), id);
    }

    /** The branch's health (化并转) suggestions, each naming its rule. */
    @GET
    @Path("{id: [0-9]+}/health")
    public BranchHealth health(@Context SecurityContext security, @PathParam("id") long id) {
        return health.health(Callers.of(security), id);
    }

    /** The branch's away members (候鸟 and long term) with their expected return; places masked. */
    @GET
    @Path("{id: [0-9]+}/away-members")
    public List<AwayMember> awayMembers(@Context SecurityContext security, @PathParam("id") long id) {
        return seasonal.awayMembers(Callers.of(security), id);
    }
}
