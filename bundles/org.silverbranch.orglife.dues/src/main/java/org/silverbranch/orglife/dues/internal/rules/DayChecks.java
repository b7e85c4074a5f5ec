package org.silverbranch.orglife.dues.internal.rules;

import java.time.LocalDate;

import org.silverbranch.core.api.Problems;

/**
 * The range of a day the bundle records (a payment, a return, an expense): not before {@link #EARLIEST}, the first
 * year the bundle knows (as the year parameters, 1921: the Party's founding), nor after today. The lower bound keeps
 * a typing slip such as 0202-11-05 out, and with the upper one no year the database cannot hold (past 9999) reaches it.
 */
public final class DayChecks {

    public static final LocalDate EARLIEST = LocalDate.of(1921, 1, 1);

    private DayChecks() {
    }

    /**
     * Adds {@code REQUIRED}, {@code DATE_TOO_EARLY} (with {@link #EARLIEST}) or {@code DATE_IN_FUTURE} for the field.
     *
     * @return whether the day is present and in range
     */
    public static boolean check(Problems p, String field, LocalDate day, LocalDate today) {
        if (!p.require(field, day)) {
            return false;
        }
        if (day.isBefore(EARLIEST)) {
            p.add(field, "DATE_TOO_EARLY", EARLIEST);
            return false;
        }
        if (day.isAfter(today)) {
            p.add(field, "DATE_IN_FUTURE");
            return false;
        }
        return true;
    }
}
