package org.silverbranch.core.api.model;

import org.silverbranch.core.api.Role;

/**
 * A user to create. {@code streetCode} is required for STREET_ADMIN, SPECIALIST and VIEWER, {@code branchId} for
 * BRANCH_SECRETARY (the street follows from the branch); district roles have neither.
 *
 * @param password the initial password, which the user must change at the first login
 */
public record NewUser(String username, String password, Role role, String streetCode, Long branchId) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + streetCode + ", " + branchId + "]";
    }
}
