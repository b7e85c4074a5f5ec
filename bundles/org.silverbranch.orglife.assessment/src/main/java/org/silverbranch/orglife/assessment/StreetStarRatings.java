package org.silverbranch.orglife.assessment;

import java.util.List;

/**
 * A street's star ratings of a year: the distribution, every rating (drafts too) with its movement, and the active
 * branches of the street without a rating.
 */
public record StreetStarRatings(String streetCode, int year, StarDistribution distribution, List<StarRating> ratings,
                                List<Unrated> unrated) {

    public record Unrated(long organizationId, String organizationName) {
    }
}
