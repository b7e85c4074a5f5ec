package org.silverbranch.module.venue.internal.model;

/** What a venue is for: 阅览室, 活动室, 乒乓球, 羽毛球, 游泳, other. */
public enum VenueType {
    READING_ROOM, ACTIVITY_ROOM, TABLE_TENNIS, BADMINTON, SWIMMING, OTHER
}
