package org.silverbranch.module.volunteer.internal.rules;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;
import org.silverbranch.module.volunteer.internal.model.Figures;
import org.silverbranch.module.volunteer.internal.rules.StatsCalculator.AttendanceRow;
import org.silverbranch.module.volunteer.internal.rules.StatsCalculator.ShiftRow;

public class StatsCalculatorTest {

    private static final String TIANEHU = "230109002004";
    private static final String YIYUAN = "230109002005";

    @Test
    public void volunteersAreDistinctPerGroupAndMinutesAddUp() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<ShiftRow> shifts = List.of(
                new ShiftRow(1, 10, TIANEHU, LocalDate.of(2026, 10, 3)),
                new ShiftRow(2, 10, TIANEHU, LocalDate.of(2026, 11, 3)),
                new ShiftRow(3, 20, YIYUAN, LocalDate.of(2026, 11, 4)),
                new ShiftRow(4, 30, null, LocalDate.of(2026, 11, 5)),
                new ShiftRow(5, 20, YIYUAN, LocalDate.of(2027, 1, 4)));  // outside
        List<AttendanceRow> attendances = List.of(
                new AttendanceRow(100, 10, TIANEHU, LocalDate.of(2026, 10, 3), 120),
                new AttendanceRow(100, 10, TIANEHU, LocalDate.of(2026, 11, 3), 20),
                new AttendanceRow(200, 10, TIANEHU, LocalDate.of(2026, 11, 3), 20),
                new AttendanceRow(100, 20, YIYUAN, LocalDate.of(2026, 11, 4), 20),
                new AttendanceRow(300, 30, null, LocalDate.of(2026, 11, 5), 45),
                new AttendanceRow(300, 20, YIYUAN, LocalDate.of(2027, 1, 4), 999));  // outside

        StatsCalculator.Result r = StatsCalculator.compute(from, to, shifts, attendances);

        assertEquals(new Figures(4, 3, 5, 225, new BigDecimal("3.75")), r.totals());
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)),
                List.copyOf(r.months().keySet()));
        assertEquals(new Figures(1, 1, 1, 120, new BigDecimal("2.00")), r.months().get(YearMonth.of(2026, 10)));
        assertEquals(new Figures(3, 3, 4, 105, new BigDecimal("1.75")), r.months().get(YearMonth.of(2026, 11)));
        assertEquals(StatsCalculator.none(), r.months().get(YearMonth.of(2026, 12)));
        assertEquals(new Figures(2, 2, 3, 160, new BigDecimal("2.67")), r.teams().get(10L));
        assertEquals(new Figures(1, 1, 1, 20, new BigDecimal("0.33")), r.teams().get(20L));
        assertEquals(new Figures(1, 1, 1, 45, new BigDecimal("0.75")), r.communities().get(null));
        assertEquals(StatsCalculator.none(), StatsCalculator.of(r.teams(), 99L));
        // 王 (100) served in two teams: counted once in the total, once in each team
        assertEquals(3, r.totals().volunteers());
    }
}
