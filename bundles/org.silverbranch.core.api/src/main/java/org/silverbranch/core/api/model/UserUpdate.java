package org.silverbranch.core.api.model;

import org.silverbranch.core.api.Role;

/** A change of a user's role, scope or enabled flag; {@code version} is the one read. */
public record UserUpdate(Role role, String streetCode, Long branchId, Boolean enabled, Long version) {
}
