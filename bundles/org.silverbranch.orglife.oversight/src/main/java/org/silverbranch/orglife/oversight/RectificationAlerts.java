package org.silverbranch.orglife.oversight;

import java.util.List;

import org.silverbranch.orglife.supervision.Rectification;

/**
 * Open rectification tasks (整改) past their deadline, by deadline.
 *
 * @param tasks       the overdue tasks
 * @param branches    branches with at least one
 * @param maxDaysOverdue the longest overdue, 0 when none
 */
public record RectificationAlerts(int tasks, int branches, long maxDaysOverdue, List<Rectification> items) {

    public RectificationAlerts {
        items = List.copyOf(items);
    }
}
