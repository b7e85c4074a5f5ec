package org.silverbranch.orglife.assessment;

/**
 * The inspectors' score of a scored criterion: 0..its points, with the evidence (at most 1000 characters). A null
 * score clears it (a draft only).
 */
public record CriterionScore(String criterion, Integer score, String evidence) {
}
