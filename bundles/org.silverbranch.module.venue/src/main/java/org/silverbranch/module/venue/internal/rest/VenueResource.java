package org.silverbranch.module.venue.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
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
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueAvailability;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.model.VenueType;
import org.silverbranch.module.venue.internal.service.AvailabilityService;
import org.silverbranch.module.venue.internal.service.VenueService;

/** {@code /api/v1/venue/streets/{streetCode}/venues}: the street's venues, those shared with it, and free slots. */
@Component(service = VenueResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VenueModule.ID})
@Path("streets/{streetCode}/venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {

    private final VenueService venues;
    private final AvailabilityService availability;

    @Activate
    public VenueResource(@Reference(name = "venues") VenueService venues,
                         @Reference(name = "availability") AvailabilityService availability) {
        this.venues = venues;
        this.availability = availability;
    }

    /** The street's venues by name; {@code shared=true} adds other streets' venues shared with it. */
    @GET
    public List<Venue> list(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                            @QueryParam("type") @ParamType(VenueType.class) String type,
                            @QueryParam("status") @ParamType(VenueStatus.class) String status,
                            @QueryParam("shared") @ParamType(Boolean.class) String shared) {
        QueryParams params = new QueryParams();
        VenueType t = params.toEnum("type", type, VenueType.class);
        VenueStatus s = params.toEnum("status", status, VenueStatus.class);
        Boolean withShared = params.toBoolean("shared", shared);
        params.throwIfInvalid();
        return venues.list(Callers.of(security), streetCode, t, s, Boolean.TRUE.equals(withShared));
    }

    @POST
    @ResponseType(value = Venue.class, status = 201)
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo,
                           @PathParam("streetCode") String streetCode, VenueInput venue) {
        Venue created = venues.create(Callers.of(security), streetCode, Bodies.required(venue));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Venue get(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                     @PathParam("id") long id) {
        return venues.get(Callers.of(security), streetCode, id);
    }

    /** Replaces the venue's fields (hours, blackout dates, sharing, rules); needs the version read. */
    @PUT
    @Path("{id: [0-9]+}")
    public Venue update(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                        @PathParam("id") long id, VenueInput venue) {
        return venues.update(Callers.of(security), streetCode, id, Bodies.required(venue));
    }

    /** Free slots from {@code date} (default today) for {@code days} days (1–7, default 1). */
    @GET
    @Path("{id: [0-9]+}/availability")
    public VenueAvailability availability(@Context SecurityContext security,
                                          @PathParam("streetCode") String streetCode, @PathParam("id") long id,
                                          @QueryParam("date") @ParamType(LocalDate.class) String date,
                                          @QueryParam("days") @ParamType(Integer.class) String days) {
        QueryParams params = new QueryParams();
        LocalDate day = params.toDate("date", date);
        Integer n = params.toInteger("days", days);
        params.throwIfInvalid();
        return availability.ofVenue(Callers.of(security), streetCode, id, day, n);
    }
}
