package org.silverbranch.orglife.meetings.internal.rules;

import java.time.LocalDate;

import org.silverbranch.orglife.meetings.MeetingType;

/**
 * Held meetings of one kind on one day, as the aggregate query gives them.
 *
 * @param branchId       the branch the meeting's records belong to
 * @param organizationId the organization that held it (the branch, or one of its groups)
 */
public record HeldCount(long branchId, long organizationId, MeetingType type, LocalDate date, long count) {
}
