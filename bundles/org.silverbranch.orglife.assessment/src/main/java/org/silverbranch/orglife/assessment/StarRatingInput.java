package org.silverbranch.orglife.assessment;

import java.util.List;

/**
 * The body of {@code POST /organizations/{id}/star-ratings} ({@code year} required, {@code version} and
 * {@code confirm} not allowed) and of {@code PUT /star-ratings/{id}} ({@code version} required, {@code year} not
 * allowed). Scores given replace those of the same criteria; criteria not named keep theirs.
 *
 * @param stars       1..5, to set the stars other than computed (a reason in {@code note} is then required)
 * @param branchClass to set the class other than computed (likewise)
 * @param evidence    the rating's overall evidence, at most 2000 characters
 * @param note        at most 500 characters
 * @param confirm     true confirms the rating: every scored criterion must be scored
 */
public record StarRatingInput(Integer year, List<CriterionScore> scores, Integer stars, BranchClass branchClass,
                              String evidence, String note, Boolean confirm, Long version) {
}
