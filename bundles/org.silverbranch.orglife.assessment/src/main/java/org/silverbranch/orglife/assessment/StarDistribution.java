package org.silverbranch.orglife.assessment;

import java.util.Map;

/**
 * Dashboard figure: the confirmed star ratings of a year in one street (or the district, {@code streetCode} null).
 * Every key is present, with 0 where no branch has it.
 *
 * @param confirmed  confirmed ratings counted below
 * @param drafts     ratings of the year not confirmed yet (not counted below)
 * @param byStars    1..5 → branches
 * @param byClass    class → branches
 * @param byMovement movement against the year before → branches
 */
public record StarDistribution(String streetCode, int year, long confirmed, long drafts, Map<Integer, Long> byStars,
                               Map<BranchClass, Long> byClass, Map<StarMovement, Long> byMovement) {
}
