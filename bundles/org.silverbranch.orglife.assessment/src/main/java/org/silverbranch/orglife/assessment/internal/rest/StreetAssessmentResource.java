package org.silverbranch.orglife.assessment.internal.rest;

import java.time.Clock;

import javax.ws.rs.GET;
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
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.assessment.AppraisalCounts;
import org.silverbranch.orglife.assessment.AppraisalService;
import org.silverbranch.orglife.assessment.SecretaryAssessmentService;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.assessment.StreetStarRatings;
import org.silverbranch.orglife.assessment.StreetSubsidies;
import org.silverbranch.orglife.assessment.internal.rules.AssessmentCsv;

/**
 * {@code /api/v1/streets/{code}/...}: a street's star ratings with their distribution, its secretaries' subsidies
 * (each also as CSV for Excel) and its appraisal counts. Street and district roles.
 */
@Component(service = StreetAssessmentResource.class, property = RestProperties.RESOURCE + "=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetAssessmentResource {

    private final StarRatingService ratings;
    private final SecretaryAssessmentService secretaries;
    private final AppraisalService appraisals;
    private final Clock clock;

    @Activate
    public StreetAssessmentResource(@Reference(name = "ratings") StarRatingService ratings,
                                    @Reference(name = "secretaries") SecretaryAssessmentService secretaries,
                                    @Reference(name = "appraisals") AppraisalService appraisals) {
        this(ratings, secretaries, appraisals, Clock.systemDefaultZone());
    }

    public StreetAssessmentResource(StarRatingService ratings, SecretaryAssessmentService secretaries,
                                    AppraisalService appraisals, Clock clock) {
        this.ratings = ratings;
        this.secretaries = secretaries;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    /** The year's ratings (default: this year): distribution, each rating with its movement, unrated branches. */
    @GET
    @Path("{code}/star-ratings")
    public StreetStarRatings starRatings(@Context SecurityContext security, @PathParam("code") String code,
                                         @QueryParam("year") @ParamType(Integer.class) String year) {
        return ratings.ofStreet(Callers.of(security), code, Requests.year(year, clock));
    }

    @GET
    @Path("{code}/star-ratings.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response starRatingsCsv(@Context SecurityContext security, @PathParam("code") String code,
                                   @QueryParam("year") @ParamType(Integer.class) String year) {
        StreetStarRatings list = ratings.ofStreet(Callers.of(security), code, Requests.year(year, clock));
        return CsvDownloads.attachment("star-ratings-" + code + "-" + list.year() + ".csv",
                AssessmentCsv.starRatings(list));
    }

    /** The secretaries' subsidies of the year (default: this year), in fen. */
    @GET
    @Path("{code}/subsidies")
    public StreetSubsidies subsidies(@Context SecurityContext security, @PathParam("code") String code,
                                     @QueryParam("year") @ParamType(Integer.class) String year) {
        return secretaries.ofStreet(Callers.of(security), code, Requests.year(year, clock));
    }

    @GET
    @Path("{code}/subsidies.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response subsidiesCsv(@Context SecurityContext security, @PathParam("code") String code,
                                 @QueryParam("year") @ParamType(Integer.class) String year) {
        StreetSubsidies list = secretaries.ofStreet(Callers.of(security), code, Requests.year(year, clock));
        return CsvDownloads.attachment("subsidies-" + code + "-" + list.year() + ".csv",
                AssessmentCsv.subsidies(list));
    }

    /** How many members of the street got each appraisal result in the year (default: this year). */
    @GET
    @Path("{code}/appraisals")
    public AppraisalCounts appraisalCounts(@Context SecurityContext security, @PathParam("code") String code,
                                           @QueryParam("year") @ParamType(Integer.class) String year) {
        return appraisals.counts(Callers.of(security), code, Requests.year(year, clock));
    }
}
