package org.silverbranch.orglife.supervision.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.RectificationUpdate;
import org.silverbranch.orglife.supervision.SupervisionService;

/** {@code /api/v1/rectifications...}: one task, its status change, and the district's list and counts. */
@Component(service = RectificationResource.class, property = RestProperties.RESOURCE + "=true")
@Path("rectifications")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

    private final SupervisionService supervision;

    @Activate
    public RectificationResource(@Reference(name = "supervision") SupervisionService supervision) {
        this.supervision = supervision;
    }

    /** The district's tasks by deadline (district administrator, auditor). */
    @GET
    public List<Rectification> list(@Context SecurityContext security,
                                    @QueryParam("status") @ParamType(RectificationStatus.class) String status,
                                    @QueryParam("overdue") @ParamType(Boolean.class) String overdue) {
        Params params = new Params();
        RectificationStatus s = params.toEnum("status", status, RectificationStatus.class);
        Boolean late = params.toBoolean("overdue", overdue);
        params.throwIfInvalid();
        return supervision.districtRectifications(Callers.of(security), s, late);
    }

    /** Open, overdue, done and cancelled tasks per street (district administrator, auditor). */
    @GET
    @Path("counts")
    public List<RectificationCounts> counts(@Context SecurityContext security) {
        return supervision.districtCounts(Callers.of(security));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Rectification get(@Context SecurityContext security, @PathParam("id") long id) {
        return supervision.rectification(Callers.of(security), id);
    }

    /** Marks an OPEN task DONE ({@code completedOn}, {@code completionNote}) or CANCELLED ({@code cancelReason}). */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Rectification update(@Context SecurityContext security, @PathParam("id") long id,
                                RectificationUpdate update) {
        return supervision.updateRectification(Callers.of(security), id, update);
    }
}
