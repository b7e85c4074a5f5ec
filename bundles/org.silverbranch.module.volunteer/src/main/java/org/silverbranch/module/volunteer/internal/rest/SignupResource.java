package org.silverbranch.module.volunteer.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.silverbranch.module.volunteer.internal.VolunteerModule;
import org.silverbranch.module.volunteer.internal.model.HoursInput;
import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.VersionInput;
import org.silverbranch.module.volunteer.internal.service.SignupService;

/**
 * {@code /api/v1/volunteer/streets/{streetCode}/signups}: one sign-up, its approval, check-in and hours. Every
 * action needs the sign-up's version read ({@code {"version": n}}).
 */
@Component(service = SignupResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VolunteerModule.ID})
@Path("streets/{streetCode}/signups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignupResource {

    private final SignupService signups;

    @Activate
    public SignupResource(@Reference(name = "signups") SignupService signups) {
        this.signups = signups;
    }

    @GET
    @Path("{id: [0-9]+}")
    public Signup get(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                      @PathParam("id") long id) {
        return signups.get(Callers.of(security), streetCode, id);
    }

    /** Accepts a requested sign-up (APPROVAL shifts), if a place is free. */
    @POST
    @Path("{id: [0-9]+}/approve")
    public Signup approve(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                          @PathParam("id") long id, VersionInput body) {
        return signups.approve(Callers.of(security), streetCode, id, Bodies.required(body).version());
    }

    @POST
    @Path("{id: [0-9]+}/reject")
    public Signup reject(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                         @PathParam("id") long id, VersionInput body) {
        return signups.reject(Callers.of(security), streetCode, id, Bodies.required(body).version());
    }

    /** Records attendance; the minutes default to the shift's length. */
    @POST
    @Path("{id: [0-9]+}/check-in")
    public Signup checkIn(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                          @PathParam("id") long id, VersionInput body) {
        return signups.checkIn(Callers.of(security), streetCode, id, Bodies.required(body).version());
    }

    /** Corrects the attendance's minutes before approval. */
    @PUT
    @Path("{id: [0-9]+}/hours")
    public Signup recordMinutes(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                                @PathParam("id") long id, HoursInput body) {
        return signups.recordMinutes(Callers.of(security), streetCode, id, Bodies.required(body));
    }

    /** Approves the attendance's minutes: from now on they count. */
    @POST
    @Path("{id: [0-9]+}/approve-hours")
    public Signup approveHours(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                               @PathParam("id") long id, VersionInput body) {
        return signups.approveHours(Callers.of(security), streetCode, id, Bodies.required(body).version());
    }
}
