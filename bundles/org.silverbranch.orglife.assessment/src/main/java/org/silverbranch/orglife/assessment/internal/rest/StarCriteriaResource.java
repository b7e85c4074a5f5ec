package org.silverbranch.orglife.assessment.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.assessment.StarCriteria;
import org.silverbranch.orglife.assessment.StarRatingService;

/** {@code /api/v1/star-criteria}: the district's criteria table, thresholds and the figure sources present. */
@Component(service = StarCriteriaResource.class, property = RestProperties.RESOURCE + "=true")
@Path("star-criteria")
@Produces(MediaType.APPLICATION_JSON)
public class StarCriteriaResource {

    private final StarRatingService ratings;

    @Activate
    public StarCriteriaResource(@Reference(name = "ratings") StarRatingService ratings) {
        this.ratings = ratings;
    }

    @GET
    public StarCriteria criteria(@Context SecurityContext security) {
        return ratings.criteria(Callers.of(security));
    }
}
