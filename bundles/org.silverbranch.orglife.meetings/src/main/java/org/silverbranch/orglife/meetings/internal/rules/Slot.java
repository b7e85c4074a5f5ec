package org.silverbranch.orglife.meetings.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.Frequency;

/**
 * One stretch of whole months in which a required meeting must be held once: a month, a quarter, a half-year or
 * the year, aligned to the calendar year.
 */
public record Slot(YearMonth first, YearMonth last) {

    /**
     * The slots of a frequency that end inside the period (the counting rule of {@code RequirementCompliance}): a
     * yearly slot ends in December, so it belongs to the year, Q4 and December views only.
     */
    public static List<Slot> endingIn(Frequency frequency, Period period) {
        List<Slot> slots = new ArrayList<>();
        int size = frequency.months();
        if (size == 0) {
            return slots;
        }
        for (int start = 1; start <= 12; start += size) {
            Slot slot = new Slot(YearMonth.of(period.year(), start), YearMonth.of(period.year(), start + size - 1));
            if (!slot.last.isBefore(period.first()) && !slot.last.isAfter(period.last())) {
                slots.add(slot);
            }
        }
        return slots;
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Over when its last day is before today: a slot ending today can still be met today. */
    public boolean isOver(LocalDate today) {
        return end().isBefore(today);
    }
}
