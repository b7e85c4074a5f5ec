package org.silverbranch.module.venue.internal.rules;

import java.time.Duration;
import java.time.LocalDateTime;

/** A half-open stretch of time {@code [start, end)}: a booking ending at 10:00 and one starting at 10:00 do not overlap. */
public record TimeRange(LocalDateTime start, LocalDateTime end) {

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
