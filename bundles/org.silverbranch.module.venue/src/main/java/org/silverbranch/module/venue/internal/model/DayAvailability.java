package org.silverbranch.module.venue.internal.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a venue: its free ranges, or why it has none.
 *
 * @param closed {@code BLACKOUT_DATE} or {@code CLOSED_THAT_DAY} when the venue does not open; null otherwise
 */
public record DayAvailability(LocalDate date, String closed, List<FreeRange> free) {
}
