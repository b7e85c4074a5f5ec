package org.silverbranch.module.venue.internal.model;

/** An INACTIVE venue (closed for good or for repairs) takes no new bookings; it is never deleted. */
public enum VenueStatus {
    ACTIVE, INACTIVE
}
