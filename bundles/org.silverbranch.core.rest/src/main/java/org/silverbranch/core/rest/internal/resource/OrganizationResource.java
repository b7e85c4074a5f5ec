package org.silverbranch.core.rest.internal.resource;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;

/**
 * {@code /api/v1/organizations}: one Party organization and its leadership. Ids are digits only, so anything
 * else is simply not found (404) rather than a conversion error.
 */
@Component(service = OrganizationResource.class, property = RestProperties.RESOURCE + "=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;

    @Activate
    public OrganizationResource(@Reference(name = "organizations") OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Path("{id: [0-9]+}")
    public Organization get(@Context SecurityContext security, @PathParam("id") long id) {
        return organizations.get(Callers.of(security), id);
    }

    /** Updates name, type, retiree flag, community, parent, founding date and status; needs the version read. */
    @PUT
    @Path("{id: [0-9]+}")
    public Organization update(@Context SecurityContext security, @PathParam("id") long id,
                               Organization organization) {
        return organizations.update(Callers.of(security), id, Bodies.required(organization));
    }

    @GET
    @Path("{id: [0-9]+}/leadership")
    public Leadership leadership(@Context SecurityContext security, @PathParam("id") long id) {
        return organizations.leadership(Callers.of(security), id);
    }

    /** Appoints a member to a position of the organization's leadership. */
    @POST
    @Path("{id: [0-9]+}/leaders")
    @ResponseType(value = Leader.class, status = 201)
    public Response appoint(@Context SecurityContext security, @PathParam("id") long id, Leader leader) {
        Leader appointed = organizations.appoint(Callers.of(security), id, Bodies.required(leader));
        return Response.status(Response.Status.CREATED).entity(appointed).build();
    }

    /** Ends a term on the given day. */
    @POST
    @Path("{id: [0-9]+}/leaders/{leaderId: [0-9]+}/end")
    public Leader endTerm(@Context SecurityContext security, @PathParam("id") long id,
                          @PathParam("leaderId") long leaderId, EndTermRequest request) {
        EndTermRequest body = Bodies.required(request);
        Problems problems = new Problems();
        problems.require("endedOn", body.endedOn());
        problems.require("version", body.version());
        problems.throwIfAny();
        return organizations.endTerm(Callers.of(security), id, leaderId, body.endedOn(), body.version());
    }
}
