package org.silverbranch.orglife.oversight.internal.service;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.api.BranchScope;

/** A branch the caller may read, looked up through the core with the caller (which applies the core's scope). */
final class Branches {

    private Branches() {
    }

    /**
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) out of scope, {@code NOT_A_BRANCH} (400) for an
     *                          organization that is not a branch or general branch
     */
    static Organization readableBranch(OrganizationService organizations, Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        if (org.type() != OrganizationType.BRANCH && org.type() != OrganizationType.GENERAL_BRANCH) {
            throw ServiceException.badRequest("NOT_A_BRANCH", organizationId);
        }
        return org;
    }
}
