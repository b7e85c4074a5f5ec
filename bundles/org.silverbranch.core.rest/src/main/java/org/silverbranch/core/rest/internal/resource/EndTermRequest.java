package org.silverbranch.core.rest.internal.resource;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/organizations/{id}/leaders/{leaderId}/end}.
 *
 * @param endedOn the last day of the term
 * @param version the leader record's version the caller saw
 */
public record EndTermRequest(LocalDate endedOn, Long version) {
}
