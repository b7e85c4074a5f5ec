package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.Test;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.DuesTotals;

public class MemberLineTest {

    private static final YearMonth NOW = YearMonth.of(2026, 6);
    private static final Period YEAR = Period.year(2026);

    private static MemberLine line(long id, Long pension, boolean active, PaidSummary paid) {
        return MemberLine.of(new MemberFacts(id, "党员" + id, 11L, "230109002", active, LocalDate.of(1975, 7, 1),
                pension, null), paid, YEAR, NOW, DuesSettings.DEFAULTS);
    }

    @Test
    public void aYearsMonthsUpToNowAreDueAndTheRestIsOwed() {
        MemberLine l = line(1, 500_000L, true, new PaidSummary(3, 7_500, 1, 2_500, YearMonth.of(2026, 3),
                YearMonth.of(2026, 8)));
        assertEquals(6, l.monthsDue());
        assertEquals(3, l.monthsPaid());
        assertEquals(3, l.monthsOwed());
        assertEquals(Long.valueOf(7_500), l.owedFen());
        assertEquals(3, l.consecutiveMonthsOwed());
        assertEquals(YearMonth.of(2026, 8), l.lastPaid());
    }

    @Test
    public void theCollectionRateIsPaidOverKnownDueAndUnknownDuesAreCountedApart() {
        TotalsBuilder b = new TotalsBuilder();
        b.add(line(1, 500_000L, true, new PaidSummary(6, 15_000, 0, 0, NOW, NOW)));          // all paid
        b.add(line(2, 500_000L, true, new PaidSummary(3, 7_500, 0, 0, YearMonth.of(2026, 3), YearMonth.of(2026, 3))));
        b.add(line(3, null, true, PaidSummary.NONE));                                          // unknown due
        b.add(line(4, 500_000L, false, PaidSummary.NONE));                                     // left: not counted
        DuesTotals t = b.build(YEAR.toString());
        assertEquals(3, t.members());
        assertEquals(1, t.membersWithoutPension());
        assertEquals(18, t.monthsDue());
        assertEquals(9, t.monthsPaid());
        assertEquals(9, t.monthsOwed());
        assertEquals(6, t.monthsOwedUnknownDue());
        assertEquals(22_500, t.paidFen());
        assertEquals(7_500, t.owedFen());
        assertEquals(30_000, t.dueFen());
        assertEquals(new BigDecimal("75.0"), t.collectionPercent());
        assertEquals(new BigDecimal("50.0"), t.monthsPaidPercent());
    }

    @Test
    public void aMemberWhoLeftCountsOnlyWithMonthsPaid() {
        MemberLine left = line(5, 500_000L, false, new PaidSummary(2, 5_000, 0, 0, YearMonth.of(2026, 2),
                YearMonth.of(2026, 2)));
        assertTrue(left.counted());
        assertEquals(2, left.monthsDue());
        assertEquals(0, left.monthsOwed());
        assertFalse(line(6, 500_000L, false, PaidSummary.NONE).counted());
    }

    @Test
    public void nothingDueGivesNoRateRatherThanZero() {
        DuesTotals t = new TotalsBuilder().build("2027");
        assertNull(t.collectionPercent());
        assertNull(t.monthsPaidPercent());
    }

    @Test
    public void percentRoundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.7"), Percent.of(2, 3));
        assertEquals(new BigDecimal("33.3"), Percent.of(1, 3));
        assertEquals(new BigDecimal("0.1"), Percent.of(1, 2_000));  // 0.05 → 0.1
    }
}
