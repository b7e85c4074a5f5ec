package org.silverbranch.orglife.meetings;

import java.util.List;

/**
 * Compliance of one branch (or general branch) in a period.
 * <p>
 * Conditions (district settings): the branch committee meeting is required only where the branch has a committee
 * ({@code committeeRule}: by default 7 or more full members, the Regulations' threshold for electing a committee);
 * the group meeting only where the branch has active GROUP organizations under it (a meeting of any of its groups,
 * or one recorded by the branch, meets the month). Slots that ended before the branch's founding date are not required.
 *
 * @param period            e.g. {@code 2026-Q4}
 * @param requirements      the requirements that apply, in {@link MeetingType} order
 * @param required          slots required, all requirements together
 * @param met               slots met
 * @param missed            slots missed
 * @param due               slots due
 * @param compliancePercent met / (met + missed) × 100, one decimal; slots not over yet do not lower it; null when
 *                          no slot has ended or been met yet
 */
public record BranchCompliance(
        Long organizationId,
        String name,
        String streetCode,
        String communityCode,
        String period,
        List<RequirementCompliance> requirements,
        ComplianceStatus status,
        int required,
        int met,
        int missed,
        int due,
        Double compliancePercent) {
}
