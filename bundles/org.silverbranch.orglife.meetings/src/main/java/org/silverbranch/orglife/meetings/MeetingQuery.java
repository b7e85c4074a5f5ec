package org.silverbranch.orglife.meetings;

import org.silverbranch.orglife.api.Period;

/**
 * A search of an organization's meetings, newest first. Every criterion is optional.
 *
 * @param period only meetings dated in this period
 * @param page   zero-based
 * @param size   1 to 200 (as the core's member search)
 */
public record MeetingQuery(MeetingType type, MeetingStatus status, Period period, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;
}
