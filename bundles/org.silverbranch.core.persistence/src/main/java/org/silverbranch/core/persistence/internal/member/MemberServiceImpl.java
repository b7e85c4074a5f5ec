package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.jpa.Transactions;
import org.silverbranch.core.persistence.internal.organization.OrganizationServiceImpl;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.street.StreetServiceImpl;

@Component(service = MemberService.class)
public class MemberServiceImpl implements MemberService {

    private final Transactions tx;

    @Activate
    public MemberServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                             @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
        MemberSearch.validate(query);
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            return new MemberSearch(em).run(streetCode, query);
        });
    }

    @Override
    public Member get(Caller caller, long id) {
        return tx.inTransaction(em -> MemberMapper.toDto(find(em, id)));
    }

    @Override
    public Member create(Caller caller, String streetCode, Member member) {
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            MemberValidator validator = new MemberValidator(em);
            Problems p = validator.check(member, streetCode);
            validator.checkBranch(p, "branchId", member.branchId(), streetCode);
            p.throwIfAny();
            requireUniqueIdNumber(em, member.idNumber(), null);
            MemberEntity e = new MemberEntity();
            e.setStatus(member.status() == MemberStatus.DECEASED ? MemberStatus.DECEASED : MemberStatus.ACTIVE);
            e.setStreetCode(streetCode);
            e.setBranchId(member.branchId());
            e.setCreatedAt(Instant.now());
            MemberMapper.apply(e, member);
            em.persist(e);
            em.flush();
            return MemberMapper.toDto(e);
        });
    }

    @Override
    public Member update(Caller caller, long id, Member member) {
        return tx.inTransaction(em -> {
            MemberEntity e = find(em, id);
            OrganizationServiceImpl.requireVersion(member.version(), e.getVersion());
            Problems p = new MemberValidator(em).check(member, e.getStreetCode());
            if (member.branchId() != null && !member.branchId().equals(e.getBranchId())) {
                p.add("branchId", "USE_TRANSFER");
            }
            if (e.getStatus() == MemberStatus.TRANSFERRED_OUT && member.status() != null
                    && member.status() != MemberStatus.TRANSFERRED_OUT) {
                p.add("status", "STATUS_VIA_TRANSFER");
            }
            p.throwIfAny();
            MemberStatus status = member.status() == null || e.getStatus() == MemberStatus.TRANSFERRED_OUT
                    ? e.getStatus() : member.status();
            if (status == MemberStatus.ACTIVE) {
                requireUniqueIdNumber(em, member.idNumber(), id);
            }
            MemberMapper.apply(e, member);
            e.setStatus(status);
            em.flush();
            return MemberMapper.toDto(e);
        });
    }

    @Override
    public Transfer transfer(Caller caller, long memberId, TransferRequest request) {
        return tx.inTransaction(em -> {
            MemberEntity member = find(em, memberId);
            OrganizationServiceImpl.requireVersion(request.version(), member.getVersion());
            return new MemberTransfers(em).transfer(caller, member, request);
        });
    }

    @Override
    public List<Transfer> transfers(Caller caller, long memberId) {
        return tx.inTransaction(em -> {
            find(em, memberId);
            return em.createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = :member ORDER BY t.id",
                            TransferEntity.class)
                    .setParameter("member", memberId).getResultList().stream().map(TransferEntity::toDto).toList();
        });
    }

    static MemberEntity find(EntityManager em, long id) {
        MemberEntity e = em.find(MemberEntity.class, id);
        if (e == null) {
            throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
        }
        return e;
    }

    /** An ID number belongs to one active member at a time (the database enforces it too, under concurrency). */
    private static void requireUniqueIdNumber(EntityManager em, String idNumber, Long selfId) {
        List<Long> holders = em.createQuery("SELECT m.id FROM MemberEntity m WHERE m.idNumber = :id"
                        + " AND m.status = org.silverbranch.core.api.model.MemberStatus.ACTIVE", Long.class)
                .setParameter("id", ResidentIdNumber.normalize(idNumber)).getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(selfId))) {
            throw ServiceException.conflict("DUPLICATE_ID_NUMBER",
                    new FieldProblem("idNumber", "DUPLICATE_ID_NUMBER", List.of()));
        }
    }
}
