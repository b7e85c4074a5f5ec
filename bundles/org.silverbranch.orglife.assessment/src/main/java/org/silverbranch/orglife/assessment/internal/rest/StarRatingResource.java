package org.silverbranch.orglife.assessment.internal.rest;

import java.time.Clock;
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
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.StarRatingService;

/** {@code /api/v1/star-ratings} (the district's ratings of a year, one rating, its change and confirmation). */
@Component(service = StarRatingResource.class, property = RestProperties.RESOURCE + "=true")
@Path("star-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StarRatingResource {

    private final StarRatingService ratings;
    private final Clock clock;

    @Activate
    public StarRatingResource(@Reference(name = "ratings") StarRatingService ratings) {
        this(ratings, Clock.systemDefaultZone());
    }

    public StarRatingResource(StarRatingService ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Every rating of the year (default: this year) in the district, by street and branch (district roles). */
    @GET
    public List<StarRating> district(@Context SecurityContext security,
                                     @QueryParam("year") @ParamType(Integer.class) String year) {
        return ratings.ofDistrict(Callers.of(security), Requests.year(year, clock));
    }

    @GET
    @Path("{id: [0-9]+}")
    public StarRating get(@Context SecurityContext security, @PathParam("id") long id) {
        return ratings.get(Callers.of(security), id);
    }

    /** Scores, stars, class, evidence, note of a draft (with its version); {@code confirm: true} confirms it. */
    @PUT
    @Path("{id: [0-9]+}")
    public StarRating update(@Context SecurityContext security, @PathParam("id") long id, StarRatingInput input) {
        return ratings.update(Callers.of(security), id, Requests.required(input));
    }

}
