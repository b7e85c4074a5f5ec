package org.silverbranch.module.volunteer.internal.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A shift to create, or a weekly series of them.
 *
 * @param date        the (first) day; not in the past
 * @param startTime   e.g. {@code 08:30}; on today's date not already past
 * @param endTime     after {@code startTime} on the same day (a night patrol past midnight is two shifts)
 * @param capacity    places, 1 to 500
 * @param signupMode  OPEN (default) or APPROVAL
 * @param repeatWeeks how many weeks the shift is held, the first included: 1 (default) for one shift, up to 52;
 *                    the shifts of a series share a {@code seriesId}
 */
public record ShiftInput(Long teamId, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                         Integer capacity, SignupMode signupMode, String note, Integer repeatWeeks) {
}
