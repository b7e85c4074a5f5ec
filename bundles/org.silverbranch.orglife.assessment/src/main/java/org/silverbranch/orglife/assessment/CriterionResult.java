package org.silverbranch.orglife.assessment;

/**
 * One criterion of a rating.
 *
 * @param percent  a computed percentage figure, when the source gave one
 * @param met      a computed yes/no figure, when the source gave one
 * @param earned   the points earned; null when not available or not scored
 * @param evidence the inspectors' evidence of a scored criterion, the source's detail of a computed one
 */
public record CriterionResult(String key, String name, CriterionKind kind, int points, CriterionStatus status,
                              Integer percent, Boolean met, Integer earned, String evidence) {
}
