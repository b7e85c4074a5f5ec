package org.silverbranch.module.venue.internal.model;

/** How a series repeats: the same weekday every week, or the same day of the month every month. */
public enum Frequency {
    WEEKLY, MONTHLY
}
