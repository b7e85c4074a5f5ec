package org.silverbranch.module.venue.internal.model;

import java.util.List;

/**
 * A venue to create, or its new state (every field; the version read is required for a change).
 *
 * @param communityCode     the community it belongs to, if any (of the same street)
 * @param sharedWithStreets other streets whose staff may book it; empty: the own street only
 * @param status            ACTIVE (default) or INACTIVE
 */
public record VenueInput(String name, VenueType type, String communityCode, Integer capacity,
                         String accessibilityNotes, List<OpeningHours> openingHours, List<Blackout> blackoutDates,
                         List<String> sharedWithStreets, VenuePolicy policy, VenueStatus status, Long version) {
}
