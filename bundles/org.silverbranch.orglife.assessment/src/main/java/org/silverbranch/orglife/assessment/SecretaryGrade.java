package org.silverbranch.orglife.assessment;

/**
 * The grade of a branch secretary's yearly assessment (支部书记考核), the key of the district's subsidy table:
 * 优秀, 良好, 合格, 不合格.
 */
public enum SecretaryGrade {
    /** 优秀 */
    EXCELLENT,
    /** 良好 */
    GOOD,
    /** 合格 */
    PASS,
    /** 不合格 */
    FAIL
}
