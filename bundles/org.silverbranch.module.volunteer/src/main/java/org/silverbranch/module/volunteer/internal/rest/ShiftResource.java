package org.silverbranch.module.volunteer.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.module.volunteer.internal.VolunteerModule;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.ShiftUpdate;
import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.SignupInput;
import org.silverbranch.module.volunteer.internal.model.VersionInput;
import org.silverbranch.module.volunteer.internal.service.ShiftService;
import org.silverbranch.module.volunteer.internal.service.SignupService;

/** {@code /api/v1/volunteer/streets/{streetCode}/shifts}: planned shifts, and signing up for them. */
@Component(service = ShiftResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VolunteerModule.ID})
@Path("streets/{streetCode}/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    private final ShiftService shifts;
    private final SignupService signups;

    @Activate
    public ShiftResource(@Reference(name = "shifts") ShiftService shifts,
                         @Reference(name = "signups") SignupService signups) {
        this.shifts = shifts;
        this.signups = signups;
    }

    /** Shifts from {@code from} to {@code to} (ISO dates, both included; default: today and the next 30 days). */
    @GET
    public List<Shift> list(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                            @QueryParam("team") @ParamType(Long.class) String team,
                            @QueryParam("from") @ParamType(LocalDate.class) String from,
                            @QueryParam("to") @ParamType(LocalDate.class) String to,
                            @QueryParam("status") @ParamType(ShiftStatus.class) String status) {
        QueryParams params = new QueryParams();
        Long teamId = params.toLong("team", team);
        LocalDate first = params.toDate("from", from);
        LocalDate last = params.toDate("to", to);
        ShiftStatus shiftStatus = params.toEnum("status", status, ShiftStatus.class);
        params.throwIfInvalid();
        return shifts.list(Callers.of(security), streetCode, teamId, first, last, shiftStatus);
    }

    /** Plans a shift, or with {@code repeatWeeks} a weekly series: answers every shift created. */
    @POST
    @ResponseType(value = Shift.class, status = 201, array = true)
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo,
                           @PathParam("streetCode") String streetCode, ShiftInput shift) {
        List<Shift> created = shifts.create(Callers.of(security), streetCode, Bodies.required(shift));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.get(0).id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Shift get(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                     @PathParam("id") long id) {
        return shifts.get(Callers.of(security), streetCode, id);
    }

    /** Changes place, capacity, sign-up mode and note; needs the version read. */
    @PUT
    @Path("{id: [0-9]+}")
    public Shift update(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                        @PathParam("id") long id, ShiftUpdate shift) {
        return shifts.update(Callers.of(security), streetCode, id, Bodies.required(shift));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    public Shift cancel(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                        @PathParam("id") long id, VersionInput body) {
        return shifts.cancel(Callers.of(security), streetCode, id, Bodies.required(body).version());
    }

    /** Signs a member of the team up: CONFIRMED for an OPEN shift, REQUESTED for an APPROVAL one. */
    @POST
    @Path("{id: [0-9]+}/signups")
    @ResponseType(value = Signup.class, status = 201)
    public Response signUp(@Context SecurityContext security, @Context UriInfo uriInfo,
                           @PathParam("streetCode") String streetCode, @PathParam("id") long id,
                           SignupInput body) {
        Signup signup = signups.signUp(Callers.of(security), streetCode, id, Bodies.required(body).memberId());
        // .../streets/{streetCode}/shifts/{id}/signups → .../streets/{streetCode}/signups/{signupId}, on the host
        // the client used
        String path = uriInfo.getAbsolutePath().getPath();
        String street = path.substring(0, path.lastIndexOf("/shifts/"));
        return Response.created(uriInfo.getAbsolutePathBuilder().replacePath(street).path("signups")
                        .path(String.valueOf(signup.id())).build())
                .entity(signup).build();
    }

    /** Withdraws the member's sign-up (not after check-in); answers the sign-up. */
    @DELETE
    @Path("{id: [0-9]+}/signups/{memberId: [0-9]+}")
    public Signup withdraw(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                           @PathParam("id") long id, @PathParam("memberId") long memberId) {
        return signups.withdraw(Callers.of(security), streetCode, id, memberId);
    }
}
