package org.silverbranch.module.venue.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
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
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.VenueAvailability;
import org.silverbranch.module.venue.internal.model.VenueType;
import org.silverbranch.module.venue.internal.service.AvailabilityService;

/** {@code /api/v1/venue/streets/{streetCode}/availability}: venues the street may book with free time on a day. */
@Component(service = AvailabilityResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VenueModule.ID})
@Path("streets/{streetCode}/availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private final AvailabilityService availability;

    @Activate
    public AvailabilityResource(@Reference(name = "availability") AvailabilityService availability) {
        this.availability = availability;
    }

    /**
     * Own and shared venues with a free slot on {@code date} (default today), of {@code type}, for at least
     * {@code minCapacity} people, with at least {@code minutes} free in a row.
     */
    @GET
    public List<VenueAvailability> search(@Context SecurityContext security,
                                          @PathParam("streetCode") String streetCode,
                                          @QueryParam("date") @ParamType(LocalDate.class) String date,
                                          @QueryParam("type") @ParamType(VenueType.class) String type,
                                          @QueryParam("minCapacity") @ParamType(Integer.class) String minCapacity,
                                          @QueryParam("minutes") @ParamType(Integer.class) String minutes) {
        QueryParams params = new QueryParams();
        LocalDate day = params.toDate("date", date);
        VenueType t = params.toEnum("type", type, VenueType.class);
        Integer capacity = params.toInteger("minCapacity", minCapacity);
        Integer length = params.toInteger("minutes", minutes);
        params.throwIfInvalid();
        return availability.search(Callers.of(security), streetCode, day, t, capacity, length);
    }
}
