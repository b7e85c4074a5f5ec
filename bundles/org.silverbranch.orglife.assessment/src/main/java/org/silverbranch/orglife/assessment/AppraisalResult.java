package org.silverbranch.orglife.assessment;

/**
 * The outcome of the yearly member appraisal (民主评议党员), the four grades of the Party's rules on democratic
 * appraisal of members: 优秀, 合格, 基本合格, 不合格.
 */
public enum AppraisalResult {
    /** 优秀 */
    EXCELLENT,
    /** 合格 */
    QUALIFIED,
    /** 基本合格 */
    BASICALLY_QUALIFIED,
    /** 不合格 */
    UNQUALIFIED
}
