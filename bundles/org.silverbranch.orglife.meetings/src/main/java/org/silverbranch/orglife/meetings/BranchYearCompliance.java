package org.silverbranch.orglife.meetings;

import java.util.List;

/** A branch's year: the whole year, each quarter and each month, each counted as {@link BranchCompliance} says. */
public record BranchYearCompliance(Long organizationId, int year, BranchCompliance wholeYear,
                                   List<BranchCompliance> quarters, List<BranchCompliance> months) {
}
