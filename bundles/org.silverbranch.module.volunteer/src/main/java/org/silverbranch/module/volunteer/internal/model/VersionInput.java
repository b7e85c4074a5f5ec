package org.silverbranch.module.volunteer.internal.model;

/** The body of an action on a record (approve, check in, cancel): the version read, so nobody acts on stale data. */
public record VersionInput(Long version) {
}
