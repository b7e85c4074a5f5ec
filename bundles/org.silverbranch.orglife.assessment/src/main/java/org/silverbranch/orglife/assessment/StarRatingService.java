package org.silverbranch.orglife.assessment;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Star rating of branches (星级管理): yearly, created as a draft with the computed figures filled in, scored by
 * inspectors, confirmed once. Rated by the district admin or the admin of the branch's street; read within
 * {@code BranchScope}.
 */
@ProviderType
public interface StarRatingService {

    /** The district's criteria table and thresholds (any signed-in user). */
    StarCriteria criteria(Caller caller);

    /**
     * A draft rating of the branch for {@code input.year}.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code FORBIDDEN} (403), {@code VALIDATION_FAILED}
     *                          (400: {@code UNKNOWN_CRITERION}, {@code NOT_SCORED_CRITERION}, {@code OUT_OF_RANGE} for a
     *                          score above the points or 6 stars, {@code NOT_A_BRANCH}), {@code RATING_EXISTS} (409)
     */
    StarRating create(Caller caller, long organizationId, StarRatingInput input);

    /**
     * Changes a draft (computed figures are taken anew) and confirms it with {@code confirm}.
     *
     * @throws ServiceException {@code STAR_RATING_NOT_FOUND} (404), {@code RATING_CONFIRMED} (409), {@code STALE_VERSION}
     *                          (409), {@code VALIDATION_FAILED} (400, also {@code SCORE_REQUIRED} on confirm),
     *                          {@code FIGURE_SOURCE_FAILED} (409) on confirm while the source of a computed criterion
     *                          fails (the criterion is {@link CriterionStatus#SOURCE_FAILED}; nothing is saved)
     */
    StarRating update(Caller caller, long ratingId, StarRatingInput input);

    /** @throws ServiceException {@code STAR_RATING_NOT_FOUND} (404) */
    StarRating get(Caller caller, long ratingId);

    /** The branch's ratings, newest year first. */
    List<StarRating> history(Caller caller, long organizationId);

    /** The street's ratings of the year with distribution and unrated branches (street and district roles). */
    StreetStarRatings ofStreet(Caller caller, String streetCode, int year);

    /** The district's ratings of the year, by street and branch (district roles). */
    List<StarRating> ofDistrict(Caller caller, int year);

    /** Dashboard figure for a street, or the district when {@code streetCode} is null; one query. */
    StarDistribution distribution(Caller caller, String streetCode, int year);

    /** Dashboard figure: the distribution of each street that has ratings of the year (district roles). */
    List<StarDistribution> distributionByStreet(Caller caller, int year);
}
