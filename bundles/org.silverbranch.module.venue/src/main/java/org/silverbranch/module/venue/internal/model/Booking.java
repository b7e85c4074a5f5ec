package org.silverbranch.module.venue.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking as answered.
 *
 * @param venueStreetCode  the street that owns the venue (approves, checks in)
 * @param bookerStreetCode the street whose staff made the booking
 * @param seriesId         shared by the bookings of one series; null for a single booking
 */
public record Booking(long id, long version, long venueId, String venueName, String venueStreetCode,
                      String bookerStreetCode, BookerType bookerType, long bookerId, String bookerName,
                      String purpose, int headcount, LocalDate date, LocalTime startTime, LocalTime endTime,
                      BookingStatus status, String seriesId, Instant requestedAt, String requestedBy,
                      Instant decidedAt, String decidedBy, String note, Instant checkedInAt, String checkedInBy,
                      Instant releasedAt) {
}
