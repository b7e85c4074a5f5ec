package org.silverbranch.orglife.assessment;

/**
 * One line of the district's star criteria table (a district setting).
 *
 * @param key    e.g. {@code MEETING_COMPLIANCE}; for a computed criterion the key of its {@link BranchFigureSource}
 * @param points the most the criterion earns: a percentage figure earns that share of them (rounded down), a yes/no
 *               figure all or none, a scored one what the inspectors give (0..points)
 */
public record StarCriterion(String key, String name, String nameEn, CriterionKind kind, int points) {
}
