package org.silverbranch.orglife.assessment;

/** The class of a rated branch beside its stars (the report's "三星二类支部"): 一类, 二类, 三类; FIRST is best. */
public enum BranchClass {
    /** 一类 */
    FIRST,
    /** 二类 */
    SECOND,
    /** 三类 */
    THIRD
}
