package org.silverbranch.orglife.dues;

/**
 * A member's voluntary monthly amount (党员自愿多交党费).
 *
 * @param voluntaryMonthlyFen the amount, not lower than the member's standard due (which needs a declared pension);
 *                            null removes it
 * @param version             the {@code accountVersion} read (0 before the first); a stale one answers 409
 */
public record VoluntaryInput(Long voluntaryMonthlyFen, Long version) {
}
