package org.silverbranch.orglife.oversight;

/**
 * What the branch is asked to do about a flag. The platform only suggests; it never changes a member's status.
 */
public enum WatchAction {
    /** A member at home without organizational life: visit and talk (谈心谈话), learn the reason, invite them. */
    TALK_IN_PERSON,
    /** A member at home behind with dues: remind them (提醒交纳党费), learn the reason. */
    REMIND_DUES,
    /**
     * A member recorded away (候鸟 AWAY_SEASONAL, or AWAY_LONG_TERM): contact them remotely, by phone or video, to take
     * part remotely and pay from afar. Being away is not read as absence by choice.
     */
    REMOTE_CONTACT
}
