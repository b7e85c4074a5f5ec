package org.silverbranch.module.venue.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;

/** What the booking rules need of a venue, read once, outside the transactions that write the bookings. */
record VenueSnapshot(long id, String name, String streetCode, VenueStatus status, int capacity, VenuePolicy policy,
                     List<OpeningHours> hours, Map<LocalDate, String> blackouts) {

    static VenueSnapshot of(VenueEntity v, VenueDetails d) {
        return new VenueSnapshot(v.getId(), v.getName(), v.getStreetCode(), v.getStatus(), v.getCapacity(),
                v.policy(), d.hours(), d.blackouts());
    }
}
