package org.silverbranch.module.venue.internal.model;

/** The body of an action on a booking (approve, reject, cancel, check in): the version read, and an optional note. */
public record ActionInput(Long version, String note) {
}
