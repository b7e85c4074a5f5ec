package org.silverbranch.module.volunteer.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.junit.Test;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.ShiftUpdate;

public class ShiftRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 8, 0);

    private static List<String> codes(Problems p) {
        return p.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    private static ShiftInput shift(LocalDate date, String start, String end, Integer capacity, Integer weeks) {
        return new ShiftInput(1L, date, start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end), "活动室", capacity, null, null, weeks);
    }

    @Test
    public void aGoodShiftHasNoProblems() {
        assertTrue(ShiftRules.check(shift(LocalDate.of(2026, 11, 6), "09:00", "11:00", 1, 52), NOW).isEmpty());
        assertTrue(ShiftRules.check(shift(LocalDate.of(2026, 11, 5), "08:00", "09:00", 500, null), NOW).isEmpty());
    }

    @Test
    public void everyMissingFieldIsNamed() {
        Problems p = ShiftRules.check(new ShiftInput(null, null, null, null, " ", null, null, null, null), NOW);
        assertEquals(List.of("teamId:REQUIRED", "date:REQUIRED", "startTime:REQUIRED", "endTime:REQUIRED",
                "place:REQUIRED", "capacity:REQUIRED"), codes(p));
    }

    @Test
    public void pastEndBeforeStartAndRanges() {
        assertEquals(List.of("date:DATE_IN_PAST"),
                codes(ShiftRules.check(shift(LocalDate.of(2026, 11, 4), "09:00", "11:00", 1, null), NOW)));
        assertEquals(List.of("startTime:DATE_IN_PAST"),
                codes(ShiftRules.check(shift(LocalDate.of(2026, 11, 5), "07:59", "11:00", 1, null), NOW)));
        assertEquals(List.of("endTime:END_BEFORE_START"),
                codes(ShiftRules.check(shift(LocalDate.of(2026, 11, 6), "11:00", "11:00", 1, null), NOW)));
        assertEquals(List.of("capacity:OUT_OF_RANGE", "repeatWeeks:OUT_OF_RANGE"),
                codes(ShiftRules.check(shift(LocalDate.of(2026, 11, 6), "09:00", "10:00", 0, 0), NOW)));
        assertEquals(List.of("capacity:OUT_OF_RANGE", "repeatWeeks:OUT_OF_RANGE"),
                codes(ShiftRules.check(shift(LocalDate.of(2026, 11, 6), "09:00", "10:00", 501, 53), NOW)));
        FieldProblem range = ShiftRules.check(shift(LocalDate.of(2026, 11, 6), "09:00", "10:00", 0, null), NOW)
                .list().get(0);
        assertEquals(List.of("1", "500"), range.args());
    }

    @Test
    public void anUpdateNeedsItsVersionAndAPlace() {
        assertEquals(List.of("version:REQUIRED", "place:REQUIRED", "signupMode:REQUIRED", "capacity:OUT_OF_RANGE"),
                codes(ShiftRules.check(new ShiftUpdate("", 0, null, null, null))));
    }

    @Test
    public void aWeeklySeriesRepeatsTheWeekday() {
        LocalDate first = LocalDate.of(2026, 12, 26);
        assertEquals(List.of(first, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 9)),
                ShiftRules.weeklyDates(first, 3));
        assertEquals(List.of(first), ShiftRules.weeklyDates(first, null));
    }
}
