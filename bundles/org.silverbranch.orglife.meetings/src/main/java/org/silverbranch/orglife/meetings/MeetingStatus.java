package org.silverbranch.orglife.meetings;

/**
 * Lifecycle of a meeting. Meetings are never deleted; a meeting that did not take place is {@link #CANCELLED}.
 * Only {@link #HELD} meetings count for compliance and participation; a held meeting cannot lie in the future, and
 * only a held meeting has attendance and resolutions.
 */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
