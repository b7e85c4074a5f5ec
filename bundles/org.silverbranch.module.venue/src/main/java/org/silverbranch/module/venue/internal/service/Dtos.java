package org.silverbranch.module.venue.internal.service;

import java.util.List;

import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.persistence.BookingEntity;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;

/** Entities to the DTOs the REST API answers; entities never leave the service layer. */
final class Dtos {

    private Dtos() {
    }

    /**
     * @param askingStreet the street that asks: another street sees a shared venue, but not which other streets
     *                     it is shared with
     */
    static Venue venue(VenueEntity v, VenueDetails d, String askingStreet) {
        boolean own = v.getStreetCode().equals(askingStreet);
        return new Venue(v.getId(), v.getVersion(), v.getStreetCode(), v.getCommunityCode(), v.getName(),
                v.getType(), v.getCapacity(), v.getAccessibilityNotes(), v.getStatus(), d.hours(), d.blackoutList(),
                own ? d.sharedWith() : List.of(), v.policy(), !own);
    }

    static Booking booking(BookingEntity b) {
        return new Booking(b.getId(), b.getVersion(), b.getVenue().getId(), b.getVenue().getName(),
                b.getVenueStreetCode(), b.getBookerStreetCode(), b.getBookerType(), b.getBookerId(),
                b.getBookerName(), b.getPurpose(), b.getHeadcount(), b.getBookingDate(),
                b.getStartsAt().toLocalTime(), b.getEndsAt().toLocalTime(), b.getStatus(), b.getSeriesId(),
                b.getRequestedAt(), b.getRequestedBy(), b.getDecidedAt(), b.getDecidedBy(), b.getNote(),
                b.getCheckedInAt(), b.getCheckedInBy(), b.getReleasedAt());
    }
}
