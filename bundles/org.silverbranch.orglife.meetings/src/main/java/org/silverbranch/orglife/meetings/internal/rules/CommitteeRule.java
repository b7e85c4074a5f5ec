package org.silverbranch.orglife.meetings.internal.rules;

/**
 * When a branch counts as having a branch committee (支委会), so its monthly committee meeting is required.
 * DOMAIN.md (Branch Work Regulations 2018): with 7 or more full members a branch elects a committee; otherwise a
 * secretary (and a deputy where needed).
 */
public enum CommitteeRule {
    /** At least {@code committeeMinFullMembers} full members (default 7): the Regulations' threshold. Default. */
    FULL_MEMBERS,
    /** The leadership has a current committee member (委员) or deputy secretary besides the secretary. */
    LEADERSHIP,
    /** Either of the two. */
    EITHER
}
