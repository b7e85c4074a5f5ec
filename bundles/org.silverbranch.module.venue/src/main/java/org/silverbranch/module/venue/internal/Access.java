package org.silverbranch.module.venue.internal;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.module.ModulePermission;

/**
 * Who may do what where. A caller bound to a street acts only in that street (the core's module gate checks this
 * too; services check again, since they are also called without the gate). A venue is run by its own street;
 * another street sees it only when it is shared with it, and then only to book it.
 */
public final class Access {

    private Access() {
    }

    /**
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) for a street outside the caller's, as the core's
     *                          module gate answers; {@code FORBIDDEN} (403) without the permission
     */
    public static void require(ModulePermission permission, Caller caller, String streetCode) {
        if (caller.streetCode() != null && !caller.streetCode().equals(streetCode)) {
            throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
        if (!permission.grantedTo(caller)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** @throws ServiceException {@code FORBIDDEN} (403) for a branch secretary booking for another branch */
    public static void requireBranchScope(Caller caller, long branchId) {
        if (caller.role() == Role.BRANCH_SECRETARY && (caller.branchId() == null || caller.branchId() != branchId)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** @throws ServiceException {@code FORBIDDEN} (403) when the venue belongs to another street than the path's */
    public static void requireVenueStreet(String venueStreetCode, String streetCode) {
        if (!venueStreetCode.equals(streetCode)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }
}
