package org.silverbranch.orglife.meetings;

import java.util.List;

/** Each street (by code) and the district's totals. */
public record DistrictCompliance(String period, List<StreetComplianceTotals> streets, ComplianceTotals totals) {
}
