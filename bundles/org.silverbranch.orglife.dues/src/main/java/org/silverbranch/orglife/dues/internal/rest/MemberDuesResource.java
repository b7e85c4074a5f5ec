package org.silverbranch.orglife.dues.internal.rest;

import java.time.Clock;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.orglife.dues.DuesService;
import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.Payment;
import org.silverbranch.orglife.dues.PaymentInput;
import org.silverbranch.orglife.dues.VoluntaryAmount;
import org.silverbranch.orglife.dues.VoluntaryInput;

/** {@code /api/v1/members/{id}/dues...}: a member's dues by month, payments, voluntary amount. */
@Component(service = MemberDuesResource.class, property = "osgi.jaxrs.resource=true")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberDuesResource {

    private final DuesService dues;
    private final Clock clock;

    @Activate
    public MemberDuesResource(@Reference DuesService dues) {
        this(dues, Clock.systemDefaultZone());
    }

    MemberDuesResource(DuesService dues, Clock clock) {
        this.dues = dues;
        this.clock = clock;
    }

    /** Each month's due, paid and owed in fen, the totals and whether the pension is declared; this year by default. */
    @GET
    @Path("{id: [0-9]+}/dues")
    public MemberDues memberDues(@Context SecurityContext security, @PathParam("id") long id,
                                 @QueryParam("year") @ParamType(Integer.class) String year) {
        return dues.memberDues(Callers.of(security), id, Params.year(year, clock));
    }

    @POST
    @Path("{id: [0-9]+}/dues/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseType(value = Payment.class, status = 201)
    public Response pay(@Context SecurityContext security, @PathParam("id") long id, PaymentInput input) {
        return Response.status(Response.Status.CREATED).entity(dues.recordPayment(Callers.of(security), id, input))
                .build();
    }

    /** Newest first; all years without {@code year} (the year of {@code paidOn}). */
    @GET
    @Path("{id: [0-9]+}/dues/payments")
    public List<Payment> payments(@Context SecurityContext security, @PathParam("id") long id,
                                  @QueryParam("year") @ParamType(Integer.class) String year) {
        return dues.payments(Callers.of(security), id, Params.optionalYear(year, clock));
    }

    @PUT
    @Path("{id: [0-9]+}/dues/voluntary")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoluntaryAmount voluntary(@Context SecurityContext security, @PathParam("id") long id,
                                     VoluntaryInput input) {
        return dues.setVoluntary(Callers.of(security), id, input);
    }
}
