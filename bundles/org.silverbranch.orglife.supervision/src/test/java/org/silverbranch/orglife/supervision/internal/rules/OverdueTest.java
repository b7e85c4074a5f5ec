package org.silverbranch.orglife.supervision.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;
import org.silverbranch.orglife.supervision.RectificationStatus;

public class OverdueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

    @Test
    public void theDeadlineDayItselfIsStillInTime() {
        assertFalse(Overdue.isOverdue(RectificationStatus.OPEN, TODAY, TODAY));
        assertEquals(0, Overdue.daysOverdue(RectificationStatus.OPEN, TODAY, TODAY));
    }

    @Test
    public void anOpenTaskIsOverdueFromTheDayAfterItsDeadlineAcrossTheYear() {
        assertTrue(Overdue.isOverdue(RectificationStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertEquals(1, Overdue.daysOverdue(RectificationStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertEquals(3, Overdue.daysOverdue(RectificationStatus.OPEN, LocalDate.of(2025, 12, 30), TODAY));
    }

    @Test
    public void doneAndCancelledTasksAreNeverOverdue() {
        LocalDate longAgo = LocalDate.of(2025, 6, 30);
        assertFalse(Overdue.isOverdue(RectificationStatus.DONE, longAgo, TODAY));
        assertFalse(Overdue.isOverdue(RectificationStatus.CANCELLED, longAgo, TODAY));
        assertEquals(0, Overdue.daysOverdue(RectificationStatus.DONE, longAgo, TODAY));
    }

    @Test
    public void aFutureDeadlineIsNotOverdue() {
        assertFalse(Overdue.isOverdue(RectificationStatus.OPEN, TODAY.plusDays(30), TODAY));
    }
}
