package org.silverbranch.module.volunteer.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The time a shift takes on one day, from {@code start} (inclusive) to {@code end} (exclusive), so a shift ending at
 * 10:00 and one starting at 10:00 do not overlap: a volunteer may serve both.
 */
public record TimeSlot(LocalDate date, LocalTime start, LocalTime end) {

    public TimeSlot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + "-" + end);
        }
    }

    /** Whether a volunteer would have to be in two places at once: same day and the ranges intersect. */
    public boolean overlaps(TimeSlot other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The slot's length in whole minutes. */
    public int minutes() {
        return Hours.minutesBetween(start, end);
    }
}
