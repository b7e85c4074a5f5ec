package org.silverbranch.module.venue.internal.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * REQUESTED (the venue needs approval) → CONFIRMED or REJECTED; CONFIRMED → CHECKED_IN, or NO_SHOW when nobody
 * checked in within the grace period; REQUESTED or CONFIRMED → CANCELLED.
 */
public enum BookingStatus {
    REQUESTED, CONFIRMED, REJECTED, CANCELLED, CHECKED_IN, NO_SHOW;

    /** Bookings that hold their time: they have slot claims, and no other booking may overlap them. */
    public static final Set<BookingStatus> ACTIVE = EnumSet.of(REQUESTED, CONFIRMED, CHECKED_IN);

    /** Bookings that occupy the venue in the utilization figures. */
    public static final Set<BookingStatus> OCCUPYING = EnumSet.of(CONFIRMED, CHECKED_IN);
}
