package org.silverbranch.orglife.supervision;

/**
 * Rectification tasks of one street by state, for dashboards and alerts.
 *
 * @param open    OPEN tasks, overdue ones included
 * @param overdue OPEN tasks past their deadline
 */
public record RectificationCounts(String streetCode, long open, long overdue, long done, long cancelled) {

    public long total() {
        return open + done + cancelled;
    }
}
