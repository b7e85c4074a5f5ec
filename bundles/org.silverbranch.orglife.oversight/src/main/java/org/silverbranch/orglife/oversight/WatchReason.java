package org.silverbranch.orglife.oversight;

/**
 * What a member has gone without (Party Constitution art. 9: six consecutive months without organizational life, or
 * without paying dues, without a valid reason, is treated as leaving the Party).
 */
public enum WatchReason {
    /** No PRESENT or REMOTE attendance of a held meeting (组织生活). */
    NO_ORGANIZATIONAL_LIFE,
    /** No dues paid for the months counted (党费). */
    NO_DUES
}
