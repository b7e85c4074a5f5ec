package org.silverbranch.module.venue.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking as answered.
 *
 * @param venueStreetCode  the street that owns the venue (approves, checks in)
 * @param bookerStreetCode the street whose staff made the booking
 * @param bookerId         null, like {@code bookerName} {@code ******}, when the caller (a branch secretary) may see
 *                         that the time is taken but not for whom
 * @param seriesId         shared by the bookings of one series; null for a single booking
 */
public record Booking(long id, long version, long venueId, String venueName, String venueStreetCode,
                      String bookerStreetCode, BookerType bookerType, Long bookerId, String bookerName,
                      String purpose, int headcount, LocalDate date, LocalTime startTime, LocalTime endTime,
                      BookingStatus status, String seriesId, Instant requestedAt, String requestedBy,
                      Instant decidedAt, String decidedBy, String note, Instant checkedInAt, String checkedInBy,
                      Instant releasedAt) {
}
