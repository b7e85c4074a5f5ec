package org.silverbranch.core.api.model;

/** Position in a branch committee (支委会): 书记,  副书记,  委员. */
public enum LeaderRole {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER
}
