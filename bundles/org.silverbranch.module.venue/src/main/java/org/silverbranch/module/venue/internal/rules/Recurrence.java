package org.silverbranch.module.venue.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.core.api.Problems;
import org.silverbranch.module.venue.internal.model.Frequency;

/** The dates of a series. */
public final class Recurrence {

    public static final int MAX_OCCURRENCES = 52;

    /**
     * One date of a series; {@code exists} is false for a month without the first date's day (a series on the
     * 31st in a 30-day month): {@code date} is then that month's last day, and the date is skipped.
     */
    public record Occurrence(LocalDate date, boolean exists) {
    }

    private Recurrence() {
    }

    /**
     * {@code occurrences} (2–52) or {@code until} (after the first date, at most 52 dates, within the years
     * {@link BookingRules#checkDateBounds} allows), exactly one. The first date's own bounds are the booking's
     * ({@link BookingRules#checkRequest}); a first date outside them is not stepped through here.
     */
    public static Problems check(Frequency frequency, Integer occurrences, LocalDate first, LocalDate until) {
        Problems p = new Problems();
        p.require("frequency", frequency);
        if (occurrences == null && until == null) {
            p.add("occurrences", "OCCURRENCES_OR_UNTIL");
        } else if (occurrences != null && until != null) {
            p.add("until", "OCCURRENCES_OR_UNTIL");
        } else if (occurrences != null && (occurrences < 2 || occurrences > MAX_OCCURRENCES)) {
            p.add("occurrences", "OUT_OF_RANGE", 2, MAX_OCCURRENCES);
        } else if (until != null && BookingRules.checkDateBounds(p, "until", until) && first != null
                && BookingRules.isWithinBounds(first) && frequency != null) {
            if (!until.isAfter(first)) {
                p.add("until", "RANGE_REVERSED");
            } else if (dates(frequency, null, first, until).size() > MAX_OCCURRENCES) {
                p.add("until", "SERIES_TOO_LONG", MAX_OCCURRENCES);
            }
        }
        return p;
    }

    /** The series' dates, the first included, in order. */
    public static List<Occurrence> dates(Frequency frequency, Integer occurrences, LocalDate first, LocalDate until) {
        List<Occurrence> dates = new ArrayList<>();
        // the bound stops a runaway loop on an unchecked 'until'; check() keeps real series to 52
        for (int i = 0; i <= MAX_OCCURRENCES; i++) {
            Occurrence next = nth(frequency, first, i);
            if (occurrences != null ? i >= occurrences : next.date().isAfter(until)) {
                break;
            }
            dates.add(next);
        }
        return dates;
    }

    private static Occurrence nth(Frequency frequency, LocalDate first, int i) {
        if (frequency == Frequency.WEEKLY) {
            return new Occurrence(first.plusWeeks(i), true);
        }
        YearMonth month = YearMonth.from(first).plusMonths(i);
        return month.isValidDay(first.getDayOfMonth())
                ? new Occurrence(month.atDay(first.getDayOfMonth()), true)
                : new Occurrence(month.atEndOfMonth(), false);
    }
}
