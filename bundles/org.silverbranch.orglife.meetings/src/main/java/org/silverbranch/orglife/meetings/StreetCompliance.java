package org.silverbranch.orglife.meetings;

import java.util.List;

/** Every active retiree branch of a street (by id) and the street's totals. */
public record StreetCompliance(String streetCode, String streetName, String period, List<BranchCompliance> branches,
                               ComplianceTotals totals) {
}
