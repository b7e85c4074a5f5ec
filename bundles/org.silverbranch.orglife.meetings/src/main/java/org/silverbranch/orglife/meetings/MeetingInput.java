package org.silverbranch.orglife.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting to create or to replace (PUT: every field is replaced, the roll and the resolutions included).
 *
 * @param version     required on update: the version read (409 {@code STALE_VERSION} when it is not the stored one)
 * @param type        required
 * @param status      PLANNED, HELD or CANCELLED; default HELD on create, unchanged on update when null
 * @param date        required; not after today for a HELD meeting
 * @param place       at most 200 characters
 * @param topic       required, at most 200 characters
 * @param hostMemberId optional: an active member of the organization's street
 * @param minutes     会议记录, at most 20,000 characters
 * @param attendees   the roll (HELD meetings only); each member once; null means none; answered by member id
 * @param resolutions the decisions with their votes (HELD meetings only); null means none
 */
public record MeetingInput(
        Long version,
        MeetingType type,
        MeetingStatus status,
        LocalDate date,
        String place,
        String topic,
        Long hostMemberId,
        String minutes,
        List<Attendee> attendees,
        List<Resolution> resolutions) {
}
