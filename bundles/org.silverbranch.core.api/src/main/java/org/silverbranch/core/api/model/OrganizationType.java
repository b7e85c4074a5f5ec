package org.silverbranch.core.api.model;

/** Type of a Party organization: 街工委/党工委,  社区党委,  党总支,  党支部,  党小组. */
public enum OrganizationType {
    STREET_COMMITTEE, COMMUNITY_COMMITTEE, GENERAL_BRANCH, BRANCH, GROUP
}
