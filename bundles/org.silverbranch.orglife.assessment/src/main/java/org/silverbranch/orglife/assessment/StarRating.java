package org.silverbranch.orglife.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A branch's star rating (星级管理) of a year; at most one per branch and year.
 *
 * @param score           points out of 100 over the available criteria (see {@link StarCriteria}); null when none is
 *                        available
 * @param computedStars   what the score gives, null without a score
 * @param computedClass   what the class criteria give, null when none of them is available
 * @param stars           the rating's stars: set by the rater, else the computed ones
 * @param branchClass     the rating's class: set by the rater, else the computed one
 * @param movement        against the confirmed rating of the year before (晋位升级)
 * @param previousStars   the stars of that rating, null when there is none
 * @param availablePoints the points of the criteria that are available; {@code maxPoints} of all
 */
public record StarRating(Long id, Long version, long organizationId, String organizationName, String streetCode,
                         int year, RatingStatus status, List<CriterionResult> criteria, int earnedPoints,
                         int availablePoints, int maxPoints, Integer score, Integer computedStars,
                         BranchClass computedClass, Integer stars, BranchClass branchClass, String evidence,
                         String note, StarMovement movement, Integer previousStars, BranchClass previousClass,
                         String createdBy, Instant createdAt, String confirmedBy, Instant confirmedAt) {
}
