package org.silverbranch.module.venue.internal.model;

import java.util.List;

/** A venue's free slots over one or more days. */
public record VenueAvailability(long venueId, String venueName, String streetCode, VenueType type, int capacity,
                                int slotMinutes, boolean shared, List<DayAvailability> days) {
}
