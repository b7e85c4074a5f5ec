package org.silverbranch.orglife.assessment.internal.service;

import java.util.Set;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.api.BranchScope;

/**
 * Branches and members through the core's services with the caller (the core applies its scope first), then the
 * organizational-life scope ({@link BranchScope}): another street's record is not found (404), a visible one the
 * caller may not change is forbidden (403).
 */
final class CoreLookup {

    private final OrganizationService organizations;
    private final MemberService members;

    CoreLookup(OrganizationService organizations, MemberService members) {
        this.organizations = organizations;
        this.members = members;
    }

    /**
     * The organization types that hold members and a secretary, so that are appraised, rated and assessed like a
     * branch: 党支部 and 党总支 (members may be filed directly in a general branch, and it has a secretary; the
     * core's BranchRules and the meetings, supervision and oversight bundles accept both alike).
     */
    static final Set<OrganizationType> BRANCH_TYPES = Set.of(OrganizationType.BRANCH, OrganizationType.GENERAL_BRANCH);

    static boolean isBranch(Organization org) {
        return BRANCH_TYPES.contains(org.type());
    }

    /**
     * A branch or general branch the caller may read.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code NOT_A_BRANCH} (400)
     */
    Organization readableBranch(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        if (!isBranch(org)) {
            throw ServiceException.badRequest("NOT_A_BRANCH", organizationId);
        }
        return org;
    }

    /**
     * A branch the caller may rate, assess and pay subsidies for: the district admin, or the admin of its street.
     *
     * @throws ServiceException 404 as {@link #readableBranch}, {@code FORBIDDEN} (403)
     */
    Organization administeredBranch(Caller caller, long organizationId) {
        Organization org = readableBranch(caller, organizationId);
        BranchScope.requireStreetWrite(caller, org.streetCode());
        return org;
    }

    /** A branch whose records (appraisals) the caller may write: BranchScope's writers, its secretary included. */
    Organization writableBranch(Caller caller, long organizationId) {
        Organization org = readableBranch(caller, organizationId);
        BranchScope.requireWrite(caller, org.streetCode(), organizationId);
        return org;
    }

    /** @throws ServiceException {@code MEMBER_NOT_FOUND} (404) also when the member's branch is out of scope */
    Member readableMember(Caller caller, long memberId) {
        Member member = members.get(caller, memberId);
        long branch = member.branchId() == null ? -1 : member.branchId();
        if (!BranchScope.reads(caller, member.streetCode(), branch)) {
            throw ServiceException.notFound("MEMBER_NOT_FOUND", memberId);
        }
        return member;
    }

    Organization organization(Caller caller, long organizationId) {
        return organizations.get(caller, organizationId);
    }

    OrganizationService organizations() {
        return organizations;
    }

    MemberService members() {
        return members;
    }
}
