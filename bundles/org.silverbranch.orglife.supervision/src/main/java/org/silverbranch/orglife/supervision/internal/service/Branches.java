package org.silverbranch.orglife.supervision.internal.service;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.api.BranchScope;

/** Scope checks shared by the services: the core's answer first (its scope), then the branch-record rules. */
final class Branches {

    private Branches() {
    }

    /**
     * The organization when the caller may read its records.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) otherwise
     */
    static Organization readable(OrganizationService organizations, Caller caller, long id) {
        Organization org = organizations.get(caller, id);
        BranchScope.requireRead(caller, org.streetCode(), id);
        return org;
    }

    /** Inspections and health are about branches: a BRANCH or GENERAL_BRANCH (400 {@code NOT_A_BRANCH}). */
    static void requireBranch(Organization org) {
        if (org.type() != OrganizationType.BRANCH && org.type() != OrganizationType.GENERAL_BRANCH) {
            throw ServiceException.badRequest("NOT_A_BRANCH", org.id());
        }
    }

    /** A branch that still exists as such (409 {@code BRANCH_NOT_ACTIVE} when merged or dissolved). */
    static void requireActiveBranch(Organization org) {
        requireBranch(org);
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw ServiceException.conflict("BRANCH_NOT_ACTIVE", org.id());
        }
    }

    /**
     * Street-wide lists: {@link BranchScope#requireStreetRead}; for district-wide callers the street must exist
     * (404 {@code STREET_NOT_FOUND}), as street-bound callers learn from the scope check.
     */
    static void requireStreet(StreetService streets, Caller caller, String streetCode) {
        BranchScope.requireStreetRead(caller, streetCode);
        if (BranchScope.isDistrictWide(caller)) {
            streets.get(caller, streetCode);
        }
    }
}
