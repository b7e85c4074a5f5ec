package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.Test;

public class ObligationTest {

    private static final DuesSettings S = DuesSettings.DEFAULTS;

    @Test
    public void nobodyOwesAMonthBeforeThePlatformsStartMonth() {
        assertEquals(YearMonth.of(2026, 1), Obligation.start(true, LocalDate.of(1975, 7, 1), S));
        assertEquals(YearMonth.of(2026, 1), Obligation.start(true, null, S));
    }

    @Test
    public void aMemberWhoJoinedLaterOwesFromTheMonthOfJoining() {
        assertEquals(YearMonth.of(2026, 7), Obligation.start(true, LocalDate.of(2026, 7, 31), S));
    }

    @Test
    public void aMemberNoLongerActiveOwesNothing() {
        assertNull(Obligation.start(false, LocalDate.of(1975, 7, 1), S));
        assertEquals(0, Obligation.consecutiveOwed(null, null, YearMonth.of(2026, 6)));
        assertEquals(0, Obligation.owed(null, YearMonth.of(2026, 6), 0));
    }

    @Test
    public void consecutiveMonthsOwedCountFromTheMonthAfterTheLastPaidOneUpToTheMonthAsked() {
        YearMonth start = YearMonth.of(2026, 1);
        assertEquals(3, Obligation.consecutiveOwed(start, YearMonth.of(2026, 3), YearMonth.of(2026, 6)));
        assertEquals(0, Obligation.consecutiveOwed(start, YearMonth.of(2026, 6), YearMonth.of(2026, 6)));
        assertEquals(6, Obligation.consecutiveOwed(start, null, YearMonth.of(2026, 6)));
        assertEquals(5, Obligation.consecutiveOwed(start, null, YearMonth.of(2026, 5)));
    }

    @Test
    public void consecutiveMonthsNeverReachBeforeTheObligation() {
        assertEquals(2, Obligation.consecutiveOwed(YearMonth.of(2026, 5), null, YearMonth.of(2026, 6)));
        assertEquals(0, Obligation.consecutiveOwed(YearMonth.of(2026, 7), null, YearMonth.of(2026, 6)));
    }

    @Test
    public void consecutiveMonthsCrossTheYearBoundary() {
        assertEquals(4, Obligation.consecutiveOwed(YearMonth.of(2026, 1), YearMonth.of(2026, 10),
                YearMonth.of(2027, 2)));
    }

    @Test
    public void monthsOwedAreTheMonthsDueLessThosePaid() {
        assertEquals(4, Obligation.owed(YearMonth.of(2026, 1), YearMonth.of(2026, 6), 2));
        assertEquals(0, Obligation.owed(YearMonth.of(2026, 1), YearMonth.of(2026, 6), 9));
    }
}
