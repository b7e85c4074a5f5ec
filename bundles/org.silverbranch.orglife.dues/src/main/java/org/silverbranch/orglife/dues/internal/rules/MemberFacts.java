package org.silverbranch.orglife.dues.internal.rules;

import java.time.LocalDate;

import org.silverbranch.core.api.model.Member;

/**
 * What the dues rules need of a member: the member's record (masked: nothing sensitive is used) and the voluntary
 * amount. Not the core's {@code org.silverbranch.core.api.model.MemberFacts}, which {@link DuesMember} reads.
 */
public record MemberFacts(long memberId, String name, Long branchId, String streetCode, boolean active,
                          LocalDate joinedPartyOn, Long monthlyPensionFen, Long voluntaryMonthlyFen) {

    public static MemberFacts of(Member member, Long voluntaryMonthlyFen) {
        return of(DuesMember.of(member), voluntaryMonthlyFen);
    }

    public static MemberFacts of(DuesMember member, Long voluntaryMonthlyFen) {
        return new MemberFacts(member.id(), member.name(), member.branchId(), member.streetCode(), member.active(),
                member.joinedPartyOn(), member.monthlyPensionFen(), voluntaryMonthlyFen);
    }

    public boolean pensionDeclared() {
        return monthlyPensionFen != null;
    }
}
