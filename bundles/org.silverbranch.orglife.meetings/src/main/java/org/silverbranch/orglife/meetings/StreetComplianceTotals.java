package org.silverbranch.orglife.meetings;

/** One street's line of the district roll-up. */
public record StreetComplianceTotals(String streetCode, String streetName, ComplianceTotals totals) {
}
