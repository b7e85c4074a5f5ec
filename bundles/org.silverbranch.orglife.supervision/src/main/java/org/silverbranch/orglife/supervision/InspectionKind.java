package org.silverbranch.orglife.supervision;

/** Kind of an inspection (督查): a regular one (常规督查) or one on a given matter (专项督查). */
public enum InspectionKind {
    ROUTINE, SPECIAL
}
