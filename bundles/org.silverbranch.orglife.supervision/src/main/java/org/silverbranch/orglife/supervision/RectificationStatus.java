package org.silverbranch.orglife.supervision;

/**
 * State of a rectification task (整改任务): open, done (with completion date and note) or cancelled (with a reason).
 * DONE and CANCELLED are final. "Overdue" is not a state: it is computed, an OPEN task past its deadline.
 */
public enum RectificationStatus {
    OPEN, DONE, CANCELLED
}
