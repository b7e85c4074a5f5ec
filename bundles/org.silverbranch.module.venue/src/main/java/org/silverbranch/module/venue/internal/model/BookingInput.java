package org.silverbranch.module.venue.internal.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking to make.
 *
 * @param bookerId   the member's, branch's or volunteer team's id
 * @param bookerName only for a TEAM: its name as shown (members and branches are named by the core)
 * @param headcount  how many people come, 1 to the venue's capacity
 * @param startTime  on the venue's slot grid, inside its opening hours; {@code endTime} on the same day
 */
public record BookingInput(Long venueId, BookerType bookerType, Long bookerId, String bookerName, String purpose,
                           Integer headcount, LocalDate date, LocalTime startTime, LocalTime endTime) {

    public BookingInput on(LocalDate day) {
        return new BookingInput(venueId, bookerType, bookerId, bookerName, purpose, headcount, day, startTime,
                endTime);
    }
}
