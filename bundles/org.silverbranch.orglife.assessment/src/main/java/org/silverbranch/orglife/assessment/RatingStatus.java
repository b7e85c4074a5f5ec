package org.silverbranch.orglife.assessment;

/** A star rating is prepared as a draft and confirmed once; a confirmed rating no longer changes. */
public enum RatingStatus {
    DRAFT,
    CONFIRMED
}
