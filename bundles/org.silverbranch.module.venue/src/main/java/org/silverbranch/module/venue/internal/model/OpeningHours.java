package org.silverbranch.module.venue.internal.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening interval of a weekday, e.g. MONDAY 08:00–11:30; a day may have several (a lunch break) or none
 * (closed). Times are to the quarter hour; a day ends at 23:59 at the latest (bookings never cross midnight).
 */
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
}
