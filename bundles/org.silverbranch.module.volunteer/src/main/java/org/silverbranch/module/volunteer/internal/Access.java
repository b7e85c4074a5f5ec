package org.silverbranch.module.volunteer.internal;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.module.ModulePermission;

/**
 * Who may do what where. A caller bound to a street acts only in that street; a branch secretary changes only the
 * teams of their own branch (and whatever hangs off them: shifts, sign-ups, hours), though they see the street's.
 */
public final class Access {

    private Access() {
    }

    /**
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) for a street outside the caller's, as the core's
     *                          module gate answers (another street's existence is not revealed); {@code FORBIDDEN}
     *                          (403) without the permission
     */
    public static void require(ModulePermission permission, Caller caller, String streetCode) {
        if (caller.streetCode() != null && !caller.streetCode().equals(streetCode)) {
            throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
        if (!permission.grantedTo(caller)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** @throws ServiceException {@code FORBIDDEN} (403) for a branch secretary and a team of another branch */
    public static void requireTeamScope(Caller caller, Long teamBranchId) {
        if (caller.role() == Role.BRANCH_SECRETARY
                && (caller.branchId() == null || !caller.branchId().equals(teamBranchId))) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }
}
