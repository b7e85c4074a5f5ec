package org.silverbranch.module.venue.internal.service;

import java.util.Set;
import java.util.stream.Collectors;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.module.venue.internal.Access;
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.BookerType;

/**
 * What the module asks the core, through the core API only. Each wrong answer becomes a field problem, so the user
 * sees every wrong id at once. Called before the module's own transaction: the core's services run their own.
 */
final class CoreRecords {

    /** The platform itself, for facts every street may know: which streets exist. */
    private static final Caller PLATFORM = Caller.system(VenueModule.ID);

    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberService members;

    CoreRecords(StreetService streets, OrganizationService organizations, MemberService members) {
        this.streets = streets;
        this.organizations = organizations;
        this.members = members;
    }

    /**
     * The name of who a booking is for, checked with the caller's own rights in the core (a branch secretary books
     * for the members and the branch they may see): an active member of the street ({@code MEMBER_NOT_IN_STREET},
     * {@code MEMBER_NOT_ACTIVE}), an active branch of the street ({@code UNKNOWN_BRANCH},
     * {@code BRANCH_NOT_IN_STREET}, {@code NOT_A_BRANCH}, {@code BRANCH_NOT_ACTIVE}), or a volunteer team by the
     * name given. Null with a problem on {@code bookerId} otherwise.
     */
    String bookerName(Caller caller, String streetCode, BookerType type, long id, String teamName, Problems p) {
        return switch (type) {
            case MEMBER -> memberName(caller, streetCode, id, p);
            case BRANCH -> branchName(caller, streetCode, id, p);
            case TEAM -> teamName.strip();
        };
    }

    private String memberName(Caller caller, String streetCode, long id, Problems p) {
        Member member;
        try {
            member = members.get(caller, id);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
                p.add("bookerId", "MEMBER_NOT_IN_STREET", id, streetCode);
                return null;
            }
            throw e;
        }
        if (!streetCode.equals(member.streetCode())) {
            p.add("bookerId", "MEMBER_NOT_IN_STREET", id, streetCode);
            return null;
        }
        if (member.status() != MemberStatus.ACTIVE) {
            p.add("bookerId", "MEMBER_NOT_ACTIVE", id);
            return null;
        }
        return member.name();
    }

    private String branchName(Caller caller, String streetCode, long id, Problems p) {
        Organization branch;
        try {
            branch = organizations.get(caller, id);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                p.add("bookerId", "UNKNOWN_BRANCH", id);
                return null;
            }
            if (e.kind() == ErrorKind.FORBIDDEN) {
                p.add("bookerId", "BRANCH_NOT_IN_STREET", id, streetCode);
                return null;
            }
            throw e;
        }
        if (!streetCode.equals(branch.streetCode())) {
            p.add("bookerId", "BRANCH_NOT_IN_STREET", id, streetCode);
            return null;
        }
        if (branch.type() != OrganizationType.BRANCH) {
            p.add("bookerId", "NOT_A_BRANCH", id);
            return null;
        }
        if (branch.status() != OrganizationStatus.ACTIVE) {
            p.add("bookerId", "BRANCH_NOT_ACTIVE", id);
            return null;
        }
        Access.requireBranchScope(caller, id);
        return branch.name();
    }

    /**
     * The branch of a member as the caller sees the member in the core; null when the caller may not see the member
     * (not found, forbidden) or the member has no branch.
     */
    Long memberBranch(Caller caller, long id) {
        try {
            return members.get(caller, id).branchId();
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
                return null;
            }
            throw e;
        }
    }

    /** Adds {@code COMMUNITY_NOT_IN_STREET} when the community is not one of the street's. */
    void requireCommunity(Caller caller, String streetCode, String communityCode, Problems p) {
        boolean found = streets.communities(caller, streetCode).stream().map(Community::code)
                .anyMatch(communityCode::equals);
        if (!found) {
            p.add("communityCode", "COMMUNITY_NOT_IN_STREET", communityCode, streetCode);
        }
    }

    /** Every street code of the district (for the sharing list; any street may know which streets exist). */
    Set<String> streetCodes() {
        return streets.list(PLATFORM).stream().map(Street::code).collect(Collectors.toSet());
    }
}
