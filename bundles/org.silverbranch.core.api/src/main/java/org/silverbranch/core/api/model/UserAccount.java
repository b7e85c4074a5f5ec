package org.silverbranch.core.api.model;

import java.time.Instant;

import org.silverbranch.core.api.Role;

/**
 * A user as administrators see it; never the password or its hash.
 *
 * @param streetCode             the street of a street-scoped role (a branch secretary's is their branch's street)
 * @param branchId               the branch of a branch secretary
 * @param passwordChangeRequired the password was set by someone else and must be changed by the user
 * @param lockedUntil            after repeated failed logins, no login succeeds before this time
 */
public record UserAccount(String username, Long version, Role role, String streetCode, Long branchId,
                          Boolean enabled, Boolean passwordChangeRequired, Integer failedLogins, Instant lockedUntil,
                          Instant lastLoginAt, Instant createdAt, Instant updatedAt) {
}
