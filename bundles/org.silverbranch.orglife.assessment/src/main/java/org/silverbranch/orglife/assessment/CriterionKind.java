package org.silverbranch.orglife.assessment;

/** How a star criterion earns its points. */
public enum CriterionKind {
    /** From a figure the platform has ({@link BranchFigureSource} of the criterion's key). */
    COMPUTED,
    /** Scored 0..points by inspectors, with evidence. */
    SCORED
}
