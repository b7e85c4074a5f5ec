package org.silverbranch.module.volunteer.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.silverbranch.core.api.Problems;

/**
 * The period of a report: one month ({@code month=2026-11}), one year ({@code year=2026}), or, with neither, the
 * current month.
 *
 * @param label {@code 2026-11} or {@code 2026}, for file names
 */
public record Period(LocalDate from, LocalDate to, String label) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** @throws org.silverbranch.core.api.ServiceException 400 for both given, or a year out of range */
    public static Period of(YearMonth month, Integer year, Clock clock) {
        Problems p = new Problems();
        if (month != null && year != null) {
            p.add("year", "MONTH_OR_YEAR");
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            p.add("year", "OUT_OF_RANGE", MIN_YEAR, MAX_YEAR);
        }
        if (month != null && (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR)) {
            p.add("month", "OUT_OF_RANGE", MIN_YEAR + "-01", MAX_YEAR + "-12");
        }
        p.throwIfAny();
        if (year != null) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
        }
        YearMonth m = month != null ? month : YearMonth.now(clock);
        return new Period(m.atDay(1), m.atEndOfMonth(), m.toString());
    }
}
