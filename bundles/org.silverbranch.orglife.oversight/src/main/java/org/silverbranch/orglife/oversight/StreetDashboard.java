package org.silverbranch.orglife.oversight;

import java.util.List;

import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.supervision.RectificationCounts;

/**
 * A street's dashboard for a period (issue 5, item 13): meeting compliance, dues collection, participation, the star
 * distribution of the period's year and the rectification tasks (as of today, whatever the period), as the source
 * bundles compute them, and one line per branch.
 *
 * @param period   {@code 2026}, {@code 2026-Q4} or {@code 2026-11}
 * @param branches the street's branches in the compliance, dues or participation figures, by id (the line of members
 *                 without a branch last)
 */
public record StreetDashboard(String streetCode, String streetName, String period, ComplianceTotals compliance,
                              DuesTotals dues, ParticipationRate participation, StarDistribution stars,
                              RectificationCounts rectifications, List<BranchRow> branches) {

    public StreetDashboard {
        branches = List.copyOf(branches);
    }
}
