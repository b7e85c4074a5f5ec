package org.silverbranch.module.venue.internal.service;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.persistence.BookingEntity;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;

/**
 * Finding the module's records as a street sees them: its own venues, and other streets' venues only where they
 * are shared with it; bookings made by the street or of its venues. Anything else is answered like a record that
 * does not exist (404), so ids cannot be probed across streets.
 */
final class Store {

    private Store() {
    }

    /** A venue the street owns. */
    static VenueEntity ownVenue(EntityManager em, String streetCode, long id) {
        VenueEntity venue = em.find(VenueEntity.class, id);
        if (venue == null || !venue.getStreetCode().equals(streetCode)) {
            throw ServiceException.notFound("VENUE_NOT_FOUND", id);
        }
        return venue;
    }

    /** A venue the street owns or that is shared with it. */
    static VenueEntity visibleVenue(EntityManager em, String streetCode, long id) {
        VenueEntity venue = em.find(VenueEntity.class, id);
        if (venue == null || !isBookableBy(em, venue, streetCode)) {
            throw ServiceException.notFound("VENUE_NOT_FOUND", id);
        }
        return venue;
    }

    /** Whether the street owns the venue or the venue is shared with it. */
    static boolean isBookableBy(EntityManager em, VenueEntity venue, String streetCode) {
        return venue.getStreetCode().equals(streetCode)
                || VenueDetails.of(em, venue.getId()).isBookableBy(venue.getStreetCode(), streetCode);
    }

    /**
     * The venue a booking request names.
     *
     * @throws ServiceException 400 {@code UNKNOWN_VENUE} (field venueId) when there is none; 409
     *                          {@code VENUE_NOT_SHARED} when it belongs to another street that does not share it
     *                          with this one (the rule is named, as the booking rules require)
     */
    static VenueEntity bookableVenue(EntityManager em, String streetCode, long id) {
        VenueEntity venue = em.find(VenueEntity.class, id);
        if (venue == null) {
            throw ServiceException.invalid(new Problems().add("venueId", "UNKNOWN_VENUE", id).list());
        }
        if (!isBookableBy(em, venue, streetCode)) {
            throw ServiceException.conflict("VENUE_NOT_SHARED",
                    new FieldProblem("venueId", "VENUE_NOT_SHARED", List.of(String.valueOf(id), streetCode)));
        }
        return venue;
    }

    /** A booking the street made, or one of the street's venues. */
    static BookingEntity booking(EntityManager em, String streetCode, long id) {
        BookingEntity booking = em.find(BookingEntity.class, id);
        if (booking == null || !(booking.getBookerStreetCode().equals(streetCode)
                || booking.getVenueStreetCode().equals(streetCode))) {
            throw ServiceException.notFound("BOOKING_NOT_FOUND", id);
        }
        return booking;
    }

    /** Active bookings of the venue that overlap {@code [start, end)}, earliest first. */
    static List<BookingEntity> overlapping(EntityManager em, long venueId, LocalDateTime start, LocalDateTime end) {
        return em.createQuery("SELECT b FROM BookingEntity b WHERE b.venue.id = :venue"
                        + " AND b.bookingDate = :date AND b.status IN :active"
                        + " AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt", BookingEntity.class)
                .setParameter("venue", venueId).setParameter("date", start.toLocalDate())
                .setParameter("active", BookingStatus.ACTIVE)
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /** Active bookings of one booker at the venue from {@code from} to {@code to} (dates included). */
    static long activeBookingsOf(EntityManager em, BookingEntity booking, java.time.LocalDate from,
                                 java.time.LocalDate to) {
        return em.createQuery("SELECT COUNT(b) FROM BookingEntity b WHERE b.venue.id = :venue"
                        + " AND b.bookerType = :type AND b.bookerId = :booker AND b.status IN :active"
                        + " AND b.bookingDate BETWEEN :from AND :to", Long.class)
                .setParameter("venue", booking.getVenue().getId()).setParameter("type", booking.getBookerType())
                .setParameter("booker", booking.getBookerId()).setParameter("active", BookingStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }
}
