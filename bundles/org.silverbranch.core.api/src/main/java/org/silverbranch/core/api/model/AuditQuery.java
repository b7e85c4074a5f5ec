package org.silverbranch.core.api.model;

import java.time.Instant;

/**
 * A search of the audit log; every criterion is optional.
 *
 * @param from the earliest time, inclusive
 * @param to   the latest time, exclusive
 */
public record AuditQuery(String username, String action, String entityType, String entityId, String streetCode,
                         Instant from, Instant to, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;
}
