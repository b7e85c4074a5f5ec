package org.silverbranch.orglife.meetings;

/**
 * Kinds of organizational life. The first four are 三会一课 (three meetings and one lesson).
 * <ul>
 * <li>{@link #MEMBER_ASSEMBLY} 党员大会: all members; about once a quarter</li>
 * <li>{@link #BRANCH_COMMITTEE} 支委会: the branch committee; about once a month</li>
 * <li>{@link #GROUP_MEETING} 党小组会: a Party group; about once a month</li>
 * <li>{@link #PARTY_LECTURE} 党课: all members; at least once a quarter</li>
 * <li>{@link #THEME_PARTY_DAY} 主题党日: all members; monthly</li>
 * <li>{@link #REVIEW_MEETING} 组织生活会: all members, criticism and self-criticism; yearly</li>
 * <li>{@link #MEMBER_APPRAISAL} 民主评议党员会: all members; yearly</li>
 * <li>{@link #HEART_TO_HEART} 谈心谈话: a talk between a few members; no required frequency</li>
 * </ul>
 * Frequencies: Branch Work Regulations 2018 (see DOMAIN.md), district settings of the meetings bundle.
 */
public enum MeetingType {
    MEMBER_ASSEMBLY(true),
    BRANCH_COMMITTEE(false),
    GROUP_MEETING(false),
    PARTY_LECTURE(true),
    THEME_PARTY_DAY(true),
    REVIEW_MEETING(true),
    MEMBER_APPRAISAL(true),
    HEART_TO_HEART(false);

    private final boolean wholeOrganization;

    MeetingType(boolean wholeOrganization) {
        this.wholeOrganization = wholeOrganization;
    }

    /**
     * Whether every member of the organization is expected to take part: then a meeting's expected attendance is
     * the organization's active member count when the attendance was recorded, otherwise the recorded roll.
     */
    public boolean wholeOrganization() {
        return wholeOrganization;
    }
}
