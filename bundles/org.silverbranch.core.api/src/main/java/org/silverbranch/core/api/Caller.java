package org.silverbranch.core.api;

import java.util.Objects;

/**
 * Who is calling a service: the authenticated user with the role and scope they act in.
 *
 * @param username   the user's login name, or {@code system:...} for the platform itself
 * @param role       the role the user holds
 * @param streetCode the street a street-scoped role is bound to; {@code null} for district roles
 * @param branchId   the branch a branch secretary is bound to; {@code null} otherwise
 */
public record Caller(String username, Role role, String streetCode, Long branchId) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** The platform acting on its own behalf (demo data, shell commands run by district IT). */
    public static Caller system(String purpose) {
        return new Caller("system:" + purpose, Role.DISTRICT_ADMIN, null, null);
    }
}
