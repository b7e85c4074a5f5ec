package org.silverbranch.orglife.meetings;

/**
 * How often a kind of meeting is required. A requirement is divided into slots of whole months aligned to the
 * calendar year (each month, each quarter, each half-year, the year); each slot needs one held meeting.
 */
public enum Frequency {
    NONE(0), MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** Months per slot; 0 for {@link #NONE} (not required). */
    public int months() {
        return months;
    }
}
