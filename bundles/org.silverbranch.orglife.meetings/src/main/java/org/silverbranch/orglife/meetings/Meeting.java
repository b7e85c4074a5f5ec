package org.silverbranch.orglife.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a Party organization, as answered. Write one with {@link MeetingInput}.
 *
 * @param organizationId    the organization that held it (a branch, general branch or group)
 * @param branchId          the organization its records belong to for scope and compliance: the group's branch
 *                          for a group, the organization itself otherwise
 * @param streetCode        the organization's street
 * @param hostMemberId      the member who chaired it (主持人); may be null
 * @param hostName          the host's name when recorded
 * @param expectedAttendees the attendance expected, the denominator of the participation rate: for meetings of the
 *                          whole organization ({@link MeetingType#wholeOrganization()}) its active members when the
 *                          roll was recorded (at least the roll's size), otherwise the roll's size
 */
public record Meeting(
        Long id,
        Long version,
        Long organizationId,
        Long branchId,
        String streetCode,
        MeetingType type,
        MeetingStatus status,
        LocalDate date,
        String place,
        String topic,
        Long hostMemberId,
        String hostName,
        String minutes,
        List<Attendee> attendees,
        List<Resolution> resolutions,
        List<Attachment> attachments,
        int expectedAttendees,
        Instant createdAt,
        Instant updatedAt) {
}
