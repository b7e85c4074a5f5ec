package org.silverbranch.module.venue.internal.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A recurring booking: the first occurrence is on {@code date}, then every week (same weekday) or month (same day
 * of the month) for {@code occurrences} times or until {@code until} (included), one of the two.
 *
 * @param skipConflicts true: a date that cannot be booked (taken, closed, blackout, quota) is skipped and reported,
 *                      the others are booked; false (default): all or nothing
 */
public record SeriesInput(Long venueId, BookerType bookerType, Long bookerId, String bookerName, String purpose,
                          Integer headcount, LocalDate date, LocalTime startTime, LocalTime endTime,
                          Frequency frequency, Integer occurrences, LocalDate until, Boolean skipConflicts) {

    public BookingInput booking() {
        return new BookingInput(venueId, bookerType, bookerId, bookerName, purpose, headcount, date, startTime,
                endTime);
    }
}
