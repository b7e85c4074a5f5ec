package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.MonthDues;
import org.silverbranch.orglife.dues.MonthStatus;
import org.silverbranch.orglife.dues.internal.rules.MemberYear.PaidMonth;

public class MemberYearTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static MemberFacts member(Long pension, LocalDate joined, boolean active) {
        return new MemberFacts(1, "王秀兰", 11L, "230109002", active, joined, pension, null);
    }

    private static List<MonthStatus> statuses(MemberDues d) {
        return d.months().stream().map(MonthDues::status).toList();
    }

    @Test
    public void eachMonthUpToNowIsPaidOrOwedAndLaterMonthsAreUpcoming() {
        Map<YearMonth, PaidMonth> paid = new HashMap<>();
        paid.put(YearMonth.of(2026, 1), new PaidMonth(2_500, 7));
        paid.put(YearMonth.of(2026, 2), new PaidMonth(2_500, 7));
        MemberDues d = MemberYear.compute(member(500_000L, LocalDate.of(1975, 7, 1), true), paid, 2026, NOW,
                DuesSettings.DEFAULTS, 0);
        assertEquals(MonthStatus.PAID, d.months().get(0).status());
        assertEquals(Long.valueOf(7), d.months().get(0).paymentId());
        assertEquals(MonthStatus.OWED, d.months().get(2).status());
        assertEquals(Long.valueOf(2_500), d.months().get(2).owedFen());
        assertEquals(MonthStatus.OWED, d.months().get(10).status());
        assertEquals(MonthStatus.UPCOMING, d.months().get(11).status());
        assertEquals(Long.valueOf(0), d.months().get(11).owedFen());
        assertEquals(2, d.monthsPaid());
        assertEquals(9, d.monthsOwed());
        assertEquals(5_000, d.paidFen());
        assertEquals(Long.valueOf(9 * 2_500), d.owedFen());
        assertEquals(Long.valueOf(11 * 2_500), d.dueFen());
        assertEquals(YearMonth.of(2026, 1), d.obligationStart());
    }

    @Test
    public void monthsBeforeJoiningAreNotDue() {
        MemberDues d = MemberYear.compute(member(600_000L, LocalDate.of(2026, 9, 15), true), Map.of(), 2026, NOW,
                DuesSettings.DEFAULTS, 0);
        assertEquals(MonthStatus.NOT_DUE, d.months().get(7).status());
        assertNull(d.months().get(7).dueFen());
        assertEquals(MonthStatus.OWED, d.months().get(8).status());
        assertEquals(3, d.monthsOwed());
        assertEquals(Long.valueOf(3 * 6_000), d.owedFen());
    }

    @Test
    public void withoutADeclaredPensionTheDueIsUnknownNotZero() {
        MemberDues d = MemberYear.compute(member(null, LocalDate.of(1975, 7, 1), true), Map.of(), 2026, NOW,
                DuesSettings.DEFAULTS, 0);
        assertFalse(d.pensionDeclared());
        assertNull(d.monthlyDueFen());
        assertNull(d.owedFen());
        assertNull(d.dueFen());
        assertEquals(11, d.monthsOwed());
        assertNull(d.months().get(0).owedFen());
    }

    @Test
    public void advanceMonthsOfTheNextYearShowAsPaidInThatYear() {
        Map<YearMonth, PaidMonth> paid = Map.of(YearMonth.of(2027, 1), new PaidMonth(2_500, 9),
                YearMonth.of(2027, 2), new PaidMonth(2_500, 9));
        MemberDues d = MemberYear.compute(member(500_000L, null, true), paid, 2027, NOW, DuesSettings.DEFAULTS, 0);
        assertEquals(List.of(MonthStatus.PAID, MonthStatus.PAID), statuses(d).subList(0, 2));
        assertEquals(MonthStatus.UPCOMING, d.months().get(2).status());
        assertEquals(5_000, d.paidFen());
        assertEquals(0, d.monthsOwed());
        assertEquals(Long.valueOf(0), d.dueFen());  // none of 2027 is due yet in 2026-11
    }

    @Test
    public void aMemberNoLongerActiveOwesNothingButKeepsThePaidMonths() {
        Map<YearMonth, PaidMonth> paid = Map.of(YearMonth.of(2026, 3), new PaidMonth(2_500, 4));
        MemberDues d = MemberYear.compute(member(500_000L, null, false), paid, 2026, NOW, DuesSettings.DEFAULTS, 0);
        assertEquals(MonthStatus.NOT_DUE, d.months().get(0).status());
        assertEquals(MonthStatus.PAID, d.months().get(2).status());
        assertEquals(0, d.monthsOwed());
        assertNull(d.obligationStart());
    }
}
