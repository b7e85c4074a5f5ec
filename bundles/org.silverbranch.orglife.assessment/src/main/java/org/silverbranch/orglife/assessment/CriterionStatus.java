package org.silverbranch.orglife.assessment;

/** Whether a criterion of a rating has its points. */
public enum CriterionStatus {
    /** Computed from a figure, or scored. */
    AVAILABLE,
    /** A computed criterion without a figure (no source registered, or no data): left out of the score. */
    NOT_AVAILABLE,
    /** A scored criterion the inspectors have not scored yet (a draft only: confirmation needs every score). */
    NOT_SCORED
}
