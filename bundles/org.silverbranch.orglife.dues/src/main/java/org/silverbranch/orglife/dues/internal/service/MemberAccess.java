package org.silverbranch.orglife.dues.internal.service;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.orglife.api.BranchScope;

/**
 * A member's dues are records of the member's branch: the core finds the member with the caller's scope (404 for
 * another street's member), then {@link BranchScope} decides on the branch (404 when the caller may not read it, 403
 * when a visible member's dues may not be changed). A member in no branch is a record of the street only.
 */
final class MemberAccess {

    /** No organization has this id: a member without a branch is readable by street roles only. */
    private static final long NO_BRANCH = -1L;

    private final MemberService members;

    MemberAccess(MemberService members) {
        this.members = members;
    }

    Member read(Caller caller, long memberId) {
        Member member = members.get(caller, memberId);
        if (!BranchScope.reads(caller, member.streetCode(), branchOf(member))) {
            throw ServiceException.notFound("MEMBER_NOT_FOUND", memberId);
        }
        return member;
    }

    Member write(Caller caller, long memberId) {
        Member member = read(caller, memberId);
        if (!BranchScope.writes(caller, member.streetCode(), branchOf(member))) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
        return member;
    }

    static boolean reads(Caller caller, Member member) {
        return BranchScope.reads(caller, member.streetCode(), branchOf(member));
    }

    private static long branchOf(Member member) {
        return member.branchId() == null ? NO_BRANCH : member.branchId();
    }
}
