package org.silverbranch.orglife.supervision.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.silverbranch.orglife.supervision.RectificationStatus;

/**
 * When a rectification task is overdue: it is still OPEN and its deadline is before today (the deadline day itself
 * is still in time). The street and district queries use the same condition ({@code status = OPEN AND deadline <
 * today}).
 */
public final class Overdue {

    private Overdue() {
    }

    public static boolean isOverdue(RectificationStatus status, LocalDate deadline, LocalDate today) {
        return status == RectificationStatus.OPEN && deadline != null && deadline.isBefore(today);
    }

    /** Whole days past the deadline, 0 when not overdue. */
    public static long daysOverdue(RectificationStatus status, LocalDate deadline, LocalDate today) {
        return isOverdue(status, deadline, today) ? ChronoUnit.DAYS.between(deadline, today) : 0;
    }
}
