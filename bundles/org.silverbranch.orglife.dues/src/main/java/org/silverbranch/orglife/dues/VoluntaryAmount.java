package org.silverbranch.orglife.dues;

/** A member's voluntary monthly amount as stored, with the standard due beside it and the new account version. */
public record VoluntaryAmount(long memberId, Long voluntaryMonthlyFen, Long standardMonthlyFen, long accountVersion) {
}
