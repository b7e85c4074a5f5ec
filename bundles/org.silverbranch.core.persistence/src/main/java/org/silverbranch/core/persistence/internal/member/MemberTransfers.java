package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.internal.organization.LeaderEntity;
import org.silverbranch.core.persistence.internal.organization.OrganizationEntity;

/**
 * 组织关系转接: moves a member to another branch of the district (the member's street and community follow the
 * branch), or out of the district (status TRANSFERRED_OUT). Leadership terms in the old branch end on the day.
 */
final class MemberTransfers {

    private final EntityManager em;

    MemberTransfers(EntityManager em) {
        this.em = em;
    }

    Transfer transfer(Caller caller, MemberEntity member, TransferRequest r) {
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw ServiceException.conflict("MEMBER_NOT_ACTIVE", member.getId());
        }
        Problems p = new Problems();
        if (p.require("transferredOn", r.transferredOn()) && r.transferredOn().isAfter(LocalDate.now())) {
            p.add("transferredOn", "DATE_IN_FUTURE");
        }
        p.maxLength("reason", r.reason(), 500);
        OrganizationEntity target = null;
        if (r.toBranchId() == null) {
            p.requireText("destination", r.destination(), 200);
        } else {
            new MemberValidator(em).checkBranch(p, "toBranchId", r.toBranchId(), null, caller);
            target = p.has("toBranchId") ? null : em.find(OrganizationEntity.class, r.toBranchId());
            if (target != null && target.getId().equals(member.getBranchId())) {
                p.add("toBranchId", "SAME_BRANCH");
            } else if (target != null && !target.getStreetCode().equals(member.getStreetCode())
                    && target.getCommunityCode() == null) {
                p.add("toBranchId", "BRANCH_WITHOUT_COMMUNITY", r.toBranchId());
            }
        }
        p.throwIfAny();
        TransferEntity record = new TransferEntity(member.getId(), member.getBranchId(),
                target == null ? null : target.getId(), member.getStreetCode(),
                target == null ? null : target.getStreetCode(), r.toBranchId() == null ? r.destination().strip() : null,
                r.transferredOn(), r.reason(), caller.username());
        endLeadership(caller, member, target, r.transferredOn());
        if (target == null) {
            member.setStatus(MemberStatus.TRANSFERRED_OUT);
        } else {
            if (!target.getStreetCode().equals(member.getStreetCode())) {
                member.setCommunityCode(target.getCommunityCode());
            }
            member.setBranchId(target.getId());
            member.setStreetCode(target.getStreetCode());
        }
        member.setUpdatedAt(Instant.now());
        em.persist(record);
        em.flush();
        return record.toDto();
    }

    /**
     * Ends the terms the move leaves behind: in the old branch, and in the old street's committees when the member
     * leaves the street. A term is ended on the transfer day (on its own start when it begins later, as with a
     * transfer recorded late); terms elsewhere stay. Each ended term is audited.
     */
    private void endLeadership(Caller caller, MemberEntity member, OrganizationEntity target, LocalDate day) {
        String oldStreet = member.getStreetCode();
        boolean leavesStreet = target == null || !target.getStreetCode().equals(oldStreet);
        List<LeaderEntity> terms = em.createQuery("SELECT l FROM LeaderEntity l WHERE l.memberId = :member",
                LeaderEntity.class).setParameter("member", member.getId()).getResultList();
        for (LeaderEntity term : terms) {
            if (term.getTermEnd() != null && !term.getTermEnd().isAfter(day)) {
                continue; // over by then
            }
            OrganizationEntity organization = em.find(OrganizationEntity.class, term.getOrganizationId());
            boolean oldBranch = Long.valueOf(term.getOrganizationId()).equals(member.getBranchId());
            if (!oldBranch && !(leavesStreet && organization.getStreetCode().equals(oldStreet))) {
                continue;
            }
            LocalDate end = term.getTermStart().isAfter(day) ? term.getTermStart() : day;
            String before = String.valueOf(term.getTermEnd());
            term.setTermEnd(end);
            AuditLog.record(em, caller, "LEADER_END_TERM", "leader", String.valueOf(term.getId()),
                    organization.getStreetCode(), Map.of("termEnd", List.of(before, end.toString())));
        }
    }
}
