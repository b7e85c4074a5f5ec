package org.silverbranch.core.api.module;

import java.util.Set;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;

/**
 * A permission a module defines, mapped onto the core roles, e.g. {@code volunteer.hours.approve} for
 * STREET_ADMIN and BRANCH_SECRETARY. District admins hold every permission.
 */
public record ModulePermission(String id, String nameZh, String nameEn, Set<Role> roles) {

    public ModulePermission {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean grantedTo(Caller caller) {
        return caller.role() == Role.DISTRICT_ADMIN || roles.contains(caller.role());
    }
}
