package org.silverbranch.module.volunteer.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Volunteer time is counted in whole minutes (integers, summed exactly); hours are only a view for people, with
 * two decimals, computed from a sum of minutes and never summed themselves (3 × 20 min = 1.00 h, not 3 × 0.33).
 */
public final class Hours {

    /** The longest attendance that can be recorded: one whole day. */
    public static final int MAX_MINUTES = 24 * 60;

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private Hours() {
    }

    /** Whole minutes from start to end on one day; seconds are dropped. */
    public static int minutesBetween(LocalTime start, LocalTime end) {
        return (int) Duration.between(start.withSecond(0).withNano(0), end.withSecond(0).withNano(0)).toMinutes();
    }

    /** Minutes as hours, rounded half up to two decimals: 90 → 1.50, 20 → 0.33. */
    public static BigDecimal toHours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** Minutes as hours, or null for null (no attendance yet). */
    public static BigDecimal toHoursOrNull(Integer minutes) {
        return minutes == null ? null : toHours(minutes);
    }

    /** Whether a recorded or corrected attendance length is acceptable. */
    public static boolean isValidMinutes(int minutes) {
        return minutes >= 1 && minutes <= MAX_MINUTES;
    }
}
