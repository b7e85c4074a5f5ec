package org.silverbranch.module.volunteer.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * What the module asks the core, through the core API only: whether members, communities and branches exist and
 * belong to the street. Each answer becomes a field problem, so the user sees every wrong id at once. Called
 * before the module's own transaction: the core's services run their own.
 */
final class CoreRecords {

    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberService members;

    CoreRecords(StreetService streets, OrganizationService organizations, MemberService members) {
        this.streets = streets;
        this.organizations = organizations;
        this.members = members;
    }

    /**
     * The member when it is an active member of the street; otherwise a problem on {@code field}:
     * {@code MEMBER_NOT_IN_STREET} (another street's member, or no member at all: the core answers both alike to
     * a street's staff, and so does the module) or {@code MEMBER_NOT_ACTIVE} (transferred out or deceased).
     */
    private static final Caller PLATFORM = Caller.system("volunteer");

    Member activeMember(Caller caller, String streetCode, String field, long memberId, Problems problems) {
        Member member;
        try {
            // As the platform, not as the caller: the core's member visibility (a specialist sees no members yet, a
            // secretary only their branch) is not the module's rule. The module's own Access check has run already
            // and the street is checked below; of the (masked) member only name, street and status are used.
            member = members.get(PLATFORM, memberId);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
                problems.add(field, "MEMBER_NOT_IN_STREET", memberId, streetCode);
                return null;
            }
            throw e;
        }
        if (!streetCode.equals(member.streetCode())) {
            problems.add(field, "MEMBER_NOT_IN_STREET", memberId, streetCode);
            return null;
        }
        if (member.status() != MemberStatus.ACTIVE) {
            problems.add(field, "MEMBER_NOT_ACTIVE", memberId);
            return null;
        }
        return member;
    }

    /** The active members among the ids, by id, in the given order; problems named {@code field[i]}. */
    Map<Long, Member> activeMembers(Caller caller, String streetCode, String field, List<Long> ids,
                                    Problems problems) {
        Map<Long, Member> found = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String name = field + "[" + i + "]";
            if (id == null) {
                problems.add(name, "REQUIRED");
            } else if (!found.containsKey(id)) {
                Member member = activeMember(caller, streetCode, name, id, problems);
                if (member != null) {
                    found.put(id, member);
                }
            }
        }
        return found;
    }

    /** The street's communities by code. @throws ServiceException {@code STREET_NOT_FOUND} (404) */
    Map<String, Community> communities(Caller caller, String streetCode) {
        Map<String, Community> byCode = new LinkedHashMap<>();
        for (Community c : streets.communities(caller, streetCode)) {
            byCode.put(c.code(), c);
        }
        return byCode;
    }

    /**
     * The branch when it is an active Party branch of the street; otherwise a problem on {@code field}:
     * {@code UNKNOWN_BRANCH}, {@code BRANCH_NOT_IN_STREET}, {@code NOT_A_BRANCH} or {@code BRANCH_NOT_ACTIVE}.
     */
    Organization branch(Caller caller, String streetCode, String field, long branchId, Problems problems) {
        Organization branch;
        try {
            branch = organizations.get(caller, branchId);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                problems.add(field, "UNKNOWN_BRANCH", branchId);
                return null;
            }
            if (e.kind() == ErrorKind.FORBIDDEN) {
                problems.add(field, "BRANCH_NOT_IN_STREET", branchId, streetCode);
                return null;
            }
            throw e;
        }
        if (!streetCode.equals(branch.streetCode())) {
            problems.add(field, "BRANCH_NOT_IN_STREET", branchId, streetCode);
            return null;
        }
        if (branch.type() != OrganizationType.BRANCH) {
            problems.add(field, "NOT_A_BRANCH", branchId);
            return null;
        }
        if (branch.status() != OrganizationStatus.ACTIVE) {
            problems.add(field, "BRANCH_NOT_ACTIVE", branchId);
            return null;
        }
        return branch;
    }
}
