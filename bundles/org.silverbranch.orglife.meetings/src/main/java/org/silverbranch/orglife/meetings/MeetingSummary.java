package org.silverbranch.orglife.meetings;

import java.time.LocalDate;

/** A meeting in a list: what it was and how many took part, without minutes, roll and files. */
public record MeetingSummary(
        Long id,
        Long version,
        Long organizationId,
        MeetingType type,
        MeetingStatus status,
        LocalDate date,
        String topic,
        String place,
        int present,
        int remote,
        int absent,
        int expectedAttendees,
        int attachments) {
}
