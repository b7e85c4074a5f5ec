package org.silverbranch.module.venue.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import org.silverbranch.module.venue.internal.ModuleMessages;
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.ActionInput;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.SeriesInput;
import org.silverbranch.module.venue.internal.model.SeriesResult;
import org.silverbranch.module.venue.internal.service.BookingService;

/** {@code /api/v1/venue/streets/{streetCode}/bookings}: bookings the street made or of its venues. */
@Component(service = BookingResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VenueModule.ID})
@Path("streets/{streetCode}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingService bookings;
    private final ModuleMessages messages = new ModuleMessages();

    @Activate
    public BookingResource(@Reference(name = "bookings") BookingService bookings) {
        this.bookings = bookings;
    }

    /** Bookings from {@code from} to {@code to} (ISO dates, both included; default today and the next 30 days). */
    @GET
    public List<Booking> list(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                              @QueryParam("venue") @ParamType(Long.class) String venue,
                              @QueryParam("from") @ParamType(LocalDate.class) String from,
                              @QueryParam("to") @ParamType(LocalDate.class) String to,
                              @QueryParam("status") @ParamType(BookingStatus.class) String status,
                              @QueryParam("series") String series) {
        QueryParams params = new QueryParams();
        Long venueId = params.toLong("venue", venue);
        LocalDate first = params.toDate("from", from);
        LocalDate last = params.toDate("to", to);
        BookingStatus s = params.toEnum("status", status, BookingStatus.class);
        params.throwIfInvalid();
        return bookings.list(Callers.of(security), streetCode, venueId, first, last, s, params.toText(series));
    }

    /** Books a venue: 201 with the booking, CONFIRMED or REQUESTED (when the venue wants approval). */
    @POST
    @ResponseType(value = Booking.class, status = 201)
    public Response book(@Context SecurityContext security, @Context UriInfo uriInfo,
                         @PathParam("streetCode") String streetCode, BookingInput booking) {
        Booking made = bookings.book(Callers.of(security), streetCode, Bodies.required(booking));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(made.id())).build())
                .entity(made).build();
    }

    /**
     * Books a weekly or monthly series: 201 with the bookings made and the dates skipped (each with its rule's code
     * and message in the request's language); 200 when no date could be booked.
     */
    @POST
    @Path("series")
    @ResponseType(value = SeriesResult.class, status = 201)
    public Response bookSeries(@Context SecurityContext security, @Context HttpHeaders headers,
                               @PathParam("streetCode") String streetCode, SeriesInput series) {
        SeriesResult result = bookings.bookSeries(Callers.of(security), streetCode, Bodies.required(series));
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.CHINESE
                : headers.getAcceptableLanguages().get(0);
        SeriesResult explained = new SeriesResult(result.seriesId(), result.booked(), result.skipped().stream()
                .map(s -> s.withMessage(messages.format(s.code(), s.args(), locale).orElse(s.code()))).toList());
        return Response.status(result.booked().isEmpty() ? Response.Status.OK : Response.Status.CREATED)
                .entity(explained).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Booking get(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                       @PathParam("id") long id) {
        return bookings.get(Callers.of(security), streetCode, id);
    }

    @POST
    @Path("{id: [0-9]+}/approve")
    public Booking approve(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                           @PathParam("id") long id, ActionInput body) {
        return bookings.approve(Callers.of(security), streetCode, id, Bodies.required(body));
    }

    @POST
    @Path("{id: [0-9]+}/reject")
    public Booking reject(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                          @PathParam("id") long id, ActionInput body) {
        return bookings.reject(Callers.of(security), streetCode, id, Bodies.required(body));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    public Booking cancel(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                          @PathParam("id") long id, ActionInput body) {
        return bookings.cancel(Callers.of(security), streetCode, id, Bodies.required(body));
    }

    @POST
    @Path("{id: [0-9]+}/check-in")
    public Booking checkIn(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                           @PathParam("id") long id, ActionInput body) {
        return bookings.checkIn(Callers.of(security), streetCode, id, Bodies.required(body));
    }
}
