package org.silverbranch.orglife.assessment;

/** Whether a criterion of a rating has its points. */
public enum CriterionStatus {
    /** Computed from a figure, or scored. */
    AVAILABLE,
    /** A computed criterion without a figure (no source registered, or no data): left out of the score. */
    NOT_AVAILABLE,
    /**
     * A computed criterion whose source failed (threw) when the figures were last taken: left out of the score like
     * {@link #NOT_AVAILABLE}, but a draft with such a criterion cannot be confirmed ({@code FIGURE_SOURCE_FAILED},
     * 409), since leaving out a figure that exists but could not be read may raise a weak branch's score.
     */
    SOURCE_FAILED,
    /** A scored criterion the inspectors have not scored yet (a draft only: confirmation needs every score). */
    NOT_SCORED
}
