package org.silverbranch.orglife.dues.internal.service;

import java.util.List;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.orglife.dues.internal.rules.DuesMember;

/**
 * The members of a branch, street or the district, through the core's bulk read {@link MemberService#facts} with the
 * caller (so the core's scope applies: a branch secretary gets their branch only, a specialist nobody), in id order:
 * ONE call per street, one for the whole district, whatever their size (paging through the member search cost one
 * call per 200 members). A branch is its street's answer filtered here: the core has no branch filter on the bulk
 * read, and a street costs one call anyway.
 */
final class MemberDirectory {

    private final MemberService members;

    MemberDirectory(MemberService members) {
        this.members = members;
    }

    List<DuesMember> ofBranch(Caller caller, String streetCode, long branchId) {
        return ofStreet(caller, streetCode).stream()
                .filter(m -> m.branchId() != null && m.branchId() == branchId)
                .toList();
    }

    List<DuesMember> ofStreet(Caller caller, String streetCode) {
        return members.facts(caller, streetCode).stream().map(DuesMember::of).toList();
    }

    /** Every member of the district: district-wide callers only (the core answers 403 to others). */
    List<DuesMember> ofDistrict(Caller caller) {
        return members.facts(caller, null).stream().map(DuesMember::of).toList();
    }
}
