package org.silverbranch.orglife.assessment.internal.rest;

import java.time.Clock;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.silverbranch.orglife.assessment.AppraisalService;
import org.silverbranch.orglife.assessment.BranchAppraisals;
import org.silverbranch.orglife.assessment.SecretaryAssessment;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryAssessmentService;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.StarRatingService;

/**
 * {@code /api/v1/organizations/{id}/...}: a branch's appraisal sheet, star ratings and secretary assessments.
 */
@Component(service = OrganizationAssessmentResource.class, property = RestProperties.RESOURCE + "=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationAssessmentResource {

    private final AppraisalService appraisals;
    private final StarRatingService ratings;
    private final SecretaryAssessmentService secretaries;
    private final Clock clock;

    @Activate
    public OrganizationAssessmentResource(@Reference(name = "appraisals") AppraisalService appraisals,
                                          @Reference(name = "ratings") StarRatingService ratings,
                                          @Reference(name = "secretaries") SecretaryAssessmentService secretaries) {
        this(appraisals, ratings, secretaries, Clock.systemDefaultZone());
    }

    public OrganizationAssessmentResource(AppraisalService appraisals, StarRatingService ratings,
                                          SecretaryAssessmentService secretaries, Clock clock) {
        this.appraisals = appraisals;
        this.ratings = ratings;
        this.secretaries = secretaries;
        this.clock = clock;
    }

    /** The branch's active members with their appraisal of the year (default: this year) or none. */
    @GET
    @Path("{id: [0-9]+}/appraisals")
    public BranchAppraisals appraisals(@Context SecurityContext security, @PathParam("id") long id,
                                       @QueryParam("year") @ParamType(Integer.class) String year) {
        return appraisals.ofBranch(Callers.of(security), id, Requests.year(year, clock));
    }

    /** A draft star rating of the year with the computed figures; 201 with its Location. */
    @POST
    @Path("{id: [0-9]+}/star-ratings")
    @ResponseType(value = StarRating.class, status = 201)
    public Response rate(@Context SecurityContext security, @Context UriInfo uriInfo, @PathParam("id") long id,
                         StarRatingInput input) {
        StarRating created = ratings.create(Callers.of(security), id, Requests.required(input));
        return Response.created(uriInfo.getBaseUriBuilder().path("star-ratings").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    /** The branch's ratings, newest year first, each with its movement. */
    @GET
    @Path("{id: [0-9]+}/star-ratings")
    public List<StarRating> ratings(@Context SecurityContext security, @PathParam("id") long id) {
        return ratings.history(Callers.of(security), id);
    }

    /** Assesses the branch's secretary for a year; 201. */
    @POST
    @Path("{id: [0-9]+}/secretary-assessments")
    @ResponseType(value = SecretaryAssessment.class, status = 201)
    public Response assess(@Context SecurityContext security, @PathParam("id") long id,
                           SecretaryAssessmentInput input) {
        SecretaryAssessment created = secretaries.assess(Callers.of(security), id, Requests.required(input));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}/secretary-assessments")
    public List<SecretaryAssessment> assessments(@Context SecurityContext security, @PathParam("id") long id) {
        return secretaries.ofBranch(Callers.of(security), id);
    }
}
