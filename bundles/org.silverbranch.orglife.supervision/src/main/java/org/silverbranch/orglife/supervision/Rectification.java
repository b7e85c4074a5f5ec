package org.silverbranch.orglife.supervision;

import java.time.LocalDate;

/**
 * A rectification task (整改任务): one finding of an inspection, with its owner, deadline and state.
 *
 * @param organizationName the branch's name when the inspection was recorded
 * @param ownerMemberId    the owner when they are a member of the branch; null when named only
 * @param ownerName        the owner's name (a member's name as the core had it at recording)
 * @param completedOn      DONE only: the date it was done
 * @param completionNote   DONE only: how it was done
 * @param cancelReason     CANCELLED only: why it was dropped
 * @param overdue          OPEN and the deadline is before today
 * @param daysOverdue      days past the deadline when overdue, otherwise 0
 */
public record Rectification(Long id, Long version, Long inspectionId, Long organizationId, String organizationName,
                            String streetCode, LocalDate inspectedOn, String description, LocalDate deadline,
                            Long ownerMemberId, String ownerName, RectificationStatus status, LocalDate completedOn,
                            String completionNote, String cancelReason, boolean overdue, long daysOverdue) {
}
