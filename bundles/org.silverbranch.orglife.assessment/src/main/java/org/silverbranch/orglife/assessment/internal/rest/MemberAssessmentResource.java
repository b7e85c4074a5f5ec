package org.silverbranch.orglife.assessment.internal.rest;

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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.assessment.Appraisal;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalService;
import org.silverbranch.orglife.assessment.SecretaryAssessmentService;
import org.silverbranch.orglife.assessment.SubsidyLedger;
import org.silverbranch.orglife.assessment.SubsidyPayment;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;

/**
 * {@code /api/v1/members/{id}/...}: a member's appraisals (民主评议党员) and a secretary's subsidy ledger and payments.
 */
@Component(service = MemberAssessmentResource.class, property = RestProperties.RESOURCE + "=true")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberAssessmentResource {

    private final AppraisalService appraisals;
    private final SecretaryAssessmentService secretaries;
    private final Clock clock;

    @Activate
    public MemberAssessmentResource(@Reference(name = "appraisals") AppraisalService appraisals,
                                    @Reference(name = "secretaries") SecretaryAssessmentService secretaries) {
        this(appraisals, secretaries, Clock.systemDefaultZone());
    }

    public MemberAssessmentResource(AppraisalService appraisals, SecretaryAssessmentService secretaries,
                                    Clock clock) {
        this.appraisals = appraisals;
        this.secretaries = secretaries;
        this.clock = clock;
    }

    /** Records the year's appraisal (201) or, with the version read, changes it (200). */
    @PUT
    @Path("{id: [0-9]+}/appraisals/{year: [0-9]{1,9}}")
    @ResponseType(Appraisal.class)
    public Response putAppraisal(@Context SecurityContext security, @Context UriInfo uriInfo,
                                 @PathParam("id") long id, @PathParam("year") int year, AppraisalInput input) {
        AppraisalInput body = Requests.required(input);
        Appraisal saved = appraisals.put(Callers.of(security), id, year, body);
        if (body.version() == null) {
            return Response.created(uriInfo.getAbsolutePath()).entity(saved).build();
        }
        return Response.ok(saved).build();
    }

    /** The member's appraisals, newest year first. */
    @GET
    @Path("{id: [0-9]+}/appraisals")
    public List<Appraisal> appraisals(@Context SecurityContext security, @PathParam("id") long id) {
        return appraisals.ofMember(Callers.of(security), id);
    }

    /** The secretary's subsidy ledger of the year (default: this year): each month due and paid, in fen. */
    @GET
    @Path("{id: [0-9]+}/subsidies")
    public SubsidyLedger subsidies(@Context SecurityContext security, @PathParam("id") long id,
                                   @QueryParam("year") @ParamType(Integer.class) String year) {
        return secretaries.ledger(Callers.of(security), id, Requests.year(year, clock));
    }

    /** Records the payment of months of the subsidy; a month already paid answers 409. */
    @POST
    @Path("{id: [0-9]+}/subsidies/payments")
    @ResponseType(value = SubsidyPayment.class, status = 201, array = true)
    public Response pay(@Context SecurityContext security, @Context UriInfo uriInfo, @PathParam("id") long id,
                        SubsidyPaymentInput input) {
        List<SubsidyPayment> paid = secretaries.pay(Callers.of(security), id, Requests.required(input));
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }
}
