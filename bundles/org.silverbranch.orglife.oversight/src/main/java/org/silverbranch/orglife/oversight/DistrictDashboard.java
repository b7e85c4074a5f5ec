package org.silverbranch.orglife.oversight;

import java.util.List;

import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.supervision.RectificationCounts;

/**
 * The district's dashboard for a period: the district's figures and one line per street (every street the caller
 * sees, by code, also those without figures).
 *
 * @param rectifications the district's tasks by state ({@code streetCode} null): the sum of the streets'
 */
public record DistrictDashboard(String period, ComplianceTotals compliance, DuesTotals dues,
                                ParticipationRate participation, StarDistribution stars,
                                RectificationCounts rectifications, List<StreetRow> streets) {

    public DistrictDashboard {
        streets = List.copyOf(streets);
    }
}
