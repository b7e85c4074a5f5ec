package org.silverbranch.module.volunteer.internal.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Statistics of a street's volunteer service in a period (a month or a year), overall and by month, community
 * and team. Distinct volunteers are counted per row, so the rows do not add up to the total when someone serves in
 * two teams.
 */
public record VolunteerStats(String streetCode, LocalDate from, LocalDate to, Figures totals,
                             List<MonthFigures> months, List<CommunityFigures> communities,
                             List<TeamFigures> teams) {

    public record MonthFigures(YearMonth month, Figures figures) {
    }

    /** @param communityCode null for teams of a branch that has no community */
    public record CommunityFigures(String communityCode, String communityName, Figures figures) {
    }

    public record TeamFigures(long teamId, String teamName, ServiceType serviceType, String serviceName,
                              String communityCode, TeamStatus status, Figures figures) {
    }
}
