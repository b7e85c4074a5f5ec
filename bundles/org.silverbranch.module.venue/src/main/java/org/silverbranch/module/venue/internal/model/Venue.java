package org.silverbranch.module.venue.internal.model;

import java.util.List;

/**
 * A venue as answered.
 *
 * @param streetCode the street that owns it and runs its bookings
 * @param shared     true when it belongs to another street that shares it with the asking street
 */
public record Venue(long id, long version, String streetCode, String communityCode, String name, VenueType type,
                    int capacity, String accessibilityNotes, VenueStatus status, List<OpeningHours> openingHours,
                    List<Blackout> blackoutDates, List<String> sharedWithStreets, VenuePolicy policy,
                    boolean shared) {
}
