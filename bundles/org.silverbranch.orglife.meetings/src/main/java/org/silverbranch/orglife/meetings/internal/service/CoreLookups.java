package org.silverbranch.orglife.meetings.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;

/**
 * What the bundle asks the core, through the core API only: organizations, and the members an organization's
 * meetings may have on their roll. Called outside this bundle's transactions: the core's services run their own.
 */
final class CoreLookups {

    /**
     * Roll members are looked up as the platform once the bundle's own scope check ({@code BranchScope}) has passed:
     * the core's member visibility (a secretary of a general branch does not see its branches' members) is not this
     * bundle's rule for the roll. A single member named by id (a host) is looked up as the caller instead. Of the members only id, name, street, branch and status are used; nothing sensitive.
     */
    static final Caller PLATFORM = Caller.system("orglife-meetings");

    private final OrganizationService organizations;
    private final MemberService members;

    CoreLookups(OrganizationService organizations, MemberService members) {
        this.organizations = organizations;
        this.members = members;
    }

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) when it does not exist or is out of scope */
    Organization organization(Caller caller, long id) {
        return organizations.get(caller, id);
    }

    /** Branches, general branches and groups hold meetings; street and community committees are out of scope here. */
    static boolean holdsMeetings(Organization org) {
        return org.type() == OrganizationType.BRANCH || org.type() == OrganizationType.GENERAL_BRANCH
                || org.type() == OrganizationType.GROUP;
    }

    /**
     * The organization whose records a meeting's are for scope and compliance: a group's branch (its parent), the
     * organization itself otherwise. A branch secretary thereby records their groups' meetings.
     */
    static long recordsBranchId(Organization org) {
        return org.type() == OrganizationType.GROUP && org.parentId() != null ? org.parentId() : org.id();
    }

    /**
     * The active members who may be on the organization's roll, by id: a branch's members; a general branch's own
     * and those of the branches under it; for a group, those of its branch. The core assigns members to branches
     * only (not to groups), so a group's roll accepts every member of the group's branch.
     */
    Map<Long, Member> rollMembers(Organization org) {
        List<Long> branchIds = new ArrayList<>();
        Organization base = org;
        if (org.type() == OrganizationType.GROUP && org.parentId() != null) {
            base = organizations.get(PLATFORM, org.parentId());
        }
        branchIds.add(base.id());
        if (base.type() == OrganizationType.GENERAL_BRANCH) {
            for (Organization child : organizations.list(PLATFORM, base.streetCode(), OrganizationType.BRANCH, null)) {
                if (base.id().equals(child.parentId()) && child.status() == OrganizationStatus.ACTIVE) {
                    branchIds.add(child.id());
                }
            }
        }
        Map<Long, Member> found = new LinkedHashMap<>();
        for (Long branchId : branchIds) {
            int page = 0;
            Page<Member> batch;
            do {
                batch = members.search(PLATFORM, base.streetCode(), new MemberQuery(null, branchId, null, null,
                        MemberStatus.ACTIVE, page++, MemberQuery.MAX_PAGE_SIZE, "id"));
                batch.items().forEach(m -> found.put(m.id(), m));
            } while ((long) page * MemberQuery.MAX_PAGE_SIZE < batch.total() && !batch.items().isEmpty());
        }
        return found;
    }

    /**
     * The member as the caller sees it, or null when there is none or it is outside the caller's scope: the core's
     * member scope (a branch secretary sees their own branch's members only) applies, so the answer reveals nothing
     * the caller could not read anyway (e.g. a host named from another branch).
     */
    Member memberOrNull(Caller caller, long id) {
        try {
            return members.get(caller, id);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
                return null;
            }
            throw e;
        }
    }

    List<Organization> streetOrganizations(Caller caller, String streetCode) {
        return organizations.list(caller, streetCode, null, null);
    }

    OrganizationService organizations() {
        return organizations;
    }
}
