package org.silverbranch.orglife.api;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;

/**
 * Who may read and write the records of a Party organization (its meetings, dues, ratings, inspections), the same
 * rules the core applies to members: district roles everywhere (the auditor read-only), street roles in their street
 * (the viewer read-only), a branch secretary in their own branch only, a service specialist nowhere. Another
 * street's record answers 404, so its existence is not revealed; a visible record the caller may not change, 403.
 */
public final class BranchScope {

    private BranchScope() {
    }

    public static boolean reads(Caller caller, String streetCode, long organizationId) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN, AUDITOR -> true;
            case STREET_ADMIN, VIEWER -> inStreet(caller, streetCode);
            case BRANCH_SECRETARY -> inStreet(caller, streetCode) && ownBranch(caller, organizationId);
            case SPECIALIST -> false;
        };
    }

    public static boolean writes(Caller caller, String streetCode, long organizationId) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN -> true;
            case STREET_ADMIN -> inStreet(caller, streetCode);
            case BRANCH_SECRETARY -> inStreet(caller, streetCode) && ownBranch(caller, organizationId);
            case AUDITOR, VIEWER, SPECIALIST -> false;
        };
    }

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) when the caller may not read it */
    public static void requireRead(Caller caller, String streetCode, long organizationId) {
        if (!reads(caller, streetCode, organizationId)) {
            throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", organizationId);
        }
    }

    /** @throws ServiceException 404 as {@link #requireRead}, {@code FORBIDDEN} (403) for a visible record */
    public static void requireWrite(Caller caller, String streetCode, long organizationId) {
        requireRead(caller, streetCode, organizationId);
        if (!writes(caller, streetCode, organizationId)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /**
     * Street-wide figures and lists: district roles, and the street's own administrator and viewer.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) for another street, {@code FORBIDDEN} (403) for a
     *                          branch secretary or specialist of the street
     */
    public static void requireStreetRead(Caller caller, String streetCode) {
        if (isDistrictWide(caller)) {
            return;
        }
        if (!inStreet(caller, streetCode)) {
            throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
        if (caller.role() != Role.STREET_ADMIN && caller.role() != Role.VIEWER) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** Street-wide changes (district tables excepted): the district administrator and the street's administrator. */
    public static void requireStreetWrite(Caller caller, String streetCode) {
        requireStreetRead(caller, streetCode);
        if (caller.role() != Role.DISTRICT_ADMIN && caller.role() != Role.STREET_ADMIN) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** District-wide figures: the district administrator and the auditor. */
    public static void requireDistrictRead(Caller caller) {
        if (!isDistrictWide(caller)) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /** District settings and records only the district keeps. */
    public static void requireDistrictWrite(Caller caller) {
        if (caller.role() != Role.DISTRICT_ADMIN) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    public static boolean isDistrictWide(Caller caller) {
        return caller.role() == Role.DISTRICT_ADMIN || caller.role() == Role.AUDITOR;
    }

    private static boolean inStreet(Caller caller, String streetCode) {
        return caller.streetCode() != null && caller.streetCode().equals(streetCode);
    }

    private static boolean ownBranch(Caller caller, long organizationId) {
        return caller.branchId() != null && caller.branchId() == organizationId;
    }
}
