package org.silverbranch.core.persistence.internal.organization;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.persistence.internal.member.MemberEntity;
import org.silverbranch.core.persistence.internal.security.Access;

/** Rules of an appointment: an active member of the organization, one secretary and one deputy at a time. */
final class LeaderValidator {

    private final EntityManager em;

    LeaderValidator(EntityManager em) {
        this.em = em;
    }

    void validateAppointment(Caller caller, OrganizationEntity org, Leader leader) {
        Problems p = new Problems();
        p.require("role", leader.role());
        p.require("termStart", leader.termStart());
        if (leader.termStart() != null && leader.termEnd() != null && leader.termEnd().isBefore(leader.termStart())) {
            p.add("termEnd", "DATE_BEFORE", "termStart");
        }
        if (org.getStatus() != OrganizationStatus.ACTIVE) {
            p.add("organizationId", "ORGANIZATION_NOT_ACTIVE", org.getId());
        }
        if (p.require("memberId", leader.memberId())) {
            MemberEntity member = em.find(MemberEntity.class, leader.memberId());
            if (member == null || !Access.seesMember(caller, member.getStreetCode(), member.getBranchId())) {
                p.add("memberId", "UNKNOWN_MEMBER", leader.memberId());
            } else if (member.getStatus() != MemberStatus.ACTIVE) {
                p.add("memberId", "MEMBER_NOT_ACTIVE", leader.memberId());
            } else if (!belongs(member, org)) {
                p.add("memberId", "MEMBER_NOT_IN_ORGANIZATION", leader.memberId(), org.getId());
            }
        }
        p.throwIfAny();
        List<LeaderEntity> overlapping = em.createQuery("SELECT l FROM LeaderEntity l WHERE l.organizationId = :org",
                        LeaderEntity.class)
                .setParameter("org", org.getId()).getResultList().stream()
                .filter(l -> overlaps(l, leader.termStart(), leader.termEnd()))
                .toList();
        boolean personBusy = overlapping.stream().anyMatch(l -> l.getMemberId() == leader.memberId());
        boolean positionTaken = leader.role() != LeaderRole.COMMITTEE_MEMBER
                && overlapping.stream().anyMatch(l -> l.getRole() == leader.role());
        if (personBusy || positionTaken) {
            throw ServiceException.conflict("POSITION_OCCUPIED",
                    new FieldProblem(personBusy ? "memberId" : "role", "POSITION_OCCUPIED", List.of()));
        }
    }

    /** Members of a branch lead it; higher committees are led by members of the same street. */
    private static boolean belongs(MemberEntity member, OrganizationEntity org) {
        if (BranchRules.holdsMembers(org.getType())) {
            return org.getId().equals(member.getBranchId());
        }
        return org.getStreetCode().equals(member.getStreetCode());
    }

    private static boolean overlaps(LeaderEntity l, LocalDate start, LocalDate end) {
        LocalDate lEnd = l.getTermEnd() == null ? LocalDate.MAX : l.getTermEnd();
        LocalDate nEnd = end == null ? LocalDate.MAX : end;
        return !l.getTermStart().isAfter(nEnd) && !start.isAfter(lEnd);
    }
}
