package org.silverbranch.module.venue.internal.persistence;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import javax.persistence.EntityManager;

import org.silverbranch.module.venue.internal.rules.SlotGrid;

/**
 * The rows of {@code ven_slot_claim}, written with plain SQL so that each insert reaches the database at once and a
 * second claim of a quarter hour fails on the primary key right there, whichever transaction came first.
 */
public final class SlotClaims {

    private SlotClaims() {
    }

    /**
     * Claims every quarter hour of the booking's time for it. Must run inside the booking's transaction, after the
     * booking row is written (the claim refers to it).
     *
     * @throws javax.persistence.PersistenceException with a unique violation ({@link #isTaken}) when another active
     *                                                booking holds one of the quarter hours
     */
    public static void claim(EntityManager em, BookingEntity booking) {
        for (LocalDateTime start : SlotGrid.claims(booking.getStartsAt(), booking.getEndsAt())) {
            em.createNativeQuery("INSERT INTO ven_slot_claim (venue_id, slot_start, booking_id) VALUES (?, ?, ?)")
                    .setParameter(1, booking.getVenue().getId())
                    .setParameter(2, Timestamp.valueOf(start))
                    .setParameter(3, booking.getId())
                    .executeUpdate();
        }
    }

    /** Frees the booking's quarter hours (rejected, cancelled, released). */
    public static void release(EntityManager em, long bookingId) {
        em.createNativeQuery("DELETE FROM ven_slot_claim WHERE booking_id = ?").setParameter(1, bookingId)
                .executeUpdate();
    }

    /** Whether the failure is a unique or primary key violation (SQLState 23505 on Derby and PostgreSQL). */
    public static boolean isTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
