package org.silverbranch.orglife.meetings;

/**
 * A member's attendance of a held meeting: present, absent (a reason is required), or taking part remotely (a member
 * away, e.g. a seasonal 候鸟 member, by video or phone). Remote participation counts as participation (issue 5,
 * item 10).
 */
public enum AttendanceStatus {
    PRESENT, ABSENT, REMOTE;

    /** PRESENT and REMOTE: the member took part in organizational life. */
    public boolean participated() {
        return this != ABSENT;
    }
}
