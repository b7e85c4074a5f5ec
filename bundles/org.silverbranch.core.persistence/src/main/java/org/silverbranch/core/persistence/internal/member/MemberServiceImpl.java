package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.internal.audit.Changes;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.Access;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.street.StreetServiceImpl;
import org.silverbranch.core.persistence.jpa.Transactions;

/**
 * Members, limited to the caller's scope ({@link Access}) and masked on the way out ({@link MemberMapper}); every
 * write and every unmask is audited in the same transaction.
 */
@Component(service = MemberService.class)
public class MemberServiceImpl implements MemberService {

    private final Transactions tx;
    private final PersonalDataProtection protection;

    @Activate
    public MemberServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                             @Reference CoreSchema schema, @Reference PersonalDataProtection protection) {
        this.tx = new Transactions(jpa);
        this.protection = protection;
    }

    @Override
    public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
        Access.requireStreet(caller, streetCode);
        MemberSearch.validate(query);
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            if (Access.seesNoMembers(caller)) {
                return new Page<Member>(List.of(), query.page(), query.size(), 0);
            }
            return new MemberSearch(em, protection).run(streetCode, Access.memberBranchScope(caller), query);
        });
    }

    @Override
    public List<MemberFacts> facts(Caller caller, String streetCode) {
        if (streetCode == null) {
            if (!Access.isDistrictWide(caller)) {
                throw Access.forbidden();
            }
        } else {
            Access.requireStreet(caller, streetCode);
        }
        return tx.inTransaction(em -> {
            if (streetCode != null) {
                StreetServiceImpl.find(em, streetCode);
            }
            if (Access.seesNoMembers(caller)) {
                return List.<MemberFacts>of();
            }
            return MemberFactsQuery.run(em, streetCode, Access.memberBranchScope(caller));
        });
    }

    @Override
    public Member get(Caller caller, long id) {
        return get(caller, id, Set.of());
    }

    @Override
    public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
        Set<SensitiveField> fields = unmask.isEmpty() ? Set.of() : EnumSet.copyOf(unmask);
        return tx.inTransaction(em -> {
            MemberEntity e = visible(em, caller, id);
            if (fields.isEmpty()) {
                return MemberMapper.toDto(e);
            }
            if (!fields.stream().allMatch(f -> Access.mayUnmask(caller, f))) {
                throw Access.forbidden();
            }
            Member masked = MemberMapper.toDto(e);
            Member full = MemberMapper.toDto(e, fields, protection);
            // which fields were shown in full, each with its masked form, so the entry itself reveals nothing
            Map<String, List<String>> shown = new LinkedHashMap<>();
            for (SensitiveField f : fields) {
                shown.put(f.parameter(), List.of(String.valueOf(maskedValue(masked, f))));
            }
            AuditLog.record(em, caller, "UNMASK", "member", String.valueOf(id), e.getStreetCode(), shown);
            return full;
        });
    }

    private static Object maskedValue(Member masked, SensitiveField field) {
        return switch (field) {
            case ID_NUMBER -> masked.idNumber();
            case PHONE -> masked.phone();
            case HEALTH_NOTES -> masked.healthNotes();
            case RESIDENCY_PLACE -> masked.residency() == null ? null : masked.residency().place();
        };
    }

    @Override
    public List<Member> findByIdNumber(Caller caller, String idNumber) {
        if (!Access.isDistrictAdmin(caller)) {
            throw Access.forbidden();
        }
        Problems p = new Problems();
        if (p.require("idNumber", idNumber) && !ResidentIdNumber.hasValidCheckCharacter(idNumber)) {
            p.add("idNumber", "INVALID_ID_NUMBER");
        }
        p.throwIfAny();
        return tx.inTransaction(em -> {
            List<Member> found = em.createQuery(
                            "SELECT m FROM MemberEntity m WHERE m.idNumberHash = :hash ORDER BY m.id", MemberEntity.class)
                    .setParameter("hash", protection.idNumberHash(idNumber)).getResultList().stream()
                    .map(MemberMapper::toDto).toList();
            AuditLog.record(em, caller, "MEMBER_SEARCH_ID_NUMBER", "member", null, null,
                    Map.of("idNumber", List.of(ResidentIdNumber.mask(ResidentIdNumber.normalize(idNumber))),
                            "found", List.of(String.valueOf(found.size()))));
            return found;
        });
    }

    @Override
    public Member create(Caller caller, String streetCode, Member member) {
        Access.requireWriter(caller);
        if (!Access.isDistrictAdmin(caller) && !Access.writesMember(caller, streetCode, member.branchId())) {
            throw Access.forbidden();
        }
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            MemberValidator validator = new MemberValidator(em);
            Problems p = validator.check(member, streetCode);
            validator.checkBranch(p, "branchId", member.branchId(), streetCode, caller);
            p.throwIfAny();
            requireUniqueIdNumber(em, member.idNumber(), null);
            MemberEntity e = new MemberEntity();
            e.setStatus(member.status() == MemberStatus.DECEASED ? MemberStatus.DECEASED : MemberStatus.ACTIVE);
            e.setStreetCode(streetCode);
            e.setBranchId(member.branchId());
            e.setCreatedAt(Instant.now());
            MemberMapper.apply(e, member, protection);
            em.persist(e);
            em.flush();
            AuditLog.record(em, caller, "MEMBER_CREATE", "member", String.valueOf(e.getId()), streetCode,
                    Changes.of(null, MemberMapper.full(e, protection)));
            return MemberMapper.toDto(e);
        });
    }

    @Override
    public Member update(Caller caller, long id, Member request) {
        Access.requireWriter(caller);
        return tx.inTransaction(em -> {
            MemberEntity e = writable(em, caller, id);
            OptimisticLocking.requireVersion(request.version(), e.getVersion());
            Member before = MemberMapper.full(e, protection);
            Member member = MemberMapper.restoreMasked(request, before);
            Problems p = new MemberValidator(em).check(member, e.getStreetCode(), e.getStatus());
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
            MemberMapper.apply(e, member, protection);
            e.setStatus(status);
            em.flush();
            AuditLog.record(em, caller, "MEMBER_UPDATE", "member", String.valueOf(id), e.getStreetCode(),
                    Changes.of(before, MemberMapper.full(e, protection)));
            return MemberMapper.toDto(e);
        });
    }

    @Override
    public Transfer transfer(Caller caller, long memberId, TransferRequest request) {
        Access.requireWriter(caller);
        return tx.inTransaction(em -> {
            MemberEntity member = writable(em, caller, memberId);
            OptimisticLocking.requireVersion(request.version(), member.getVersion());
            Transfer transfer = new MemberTransfers(em).transfer(caller, member, request);
            AuditLog.record(em, caller, "MEMBER_TRANSFER", "member", String.valueOf(memberId),
                    transfer.fromStreetCode(), Changes.of(null, transfer));
            return transfer;
        });
    }

    @Override
    public List<Transfer> transfers(Caller caller, long memberId) {
        return tx.inTransaction(em -> {
            visible(em, caller, memberId);
            return em.createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = :member ORDER BY t.id",
                            TransferEntity.class)
                    .setParameter("member", memberId).getResultList().stream().map(TransferEntity::toDto).toList();
        });
    }

    /** A member the caller may read; out of scope is not found, exactly like a missing member. */
    static MemberEntity visible(EntityManager em, Caller caller, long id) {
        MemberEntity e = em.find(MemberEntity.class, id);
        if (e == null || !Access.seesMember(caller, e.getStreetCode(), e.getBranchId())) {
            throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
        }
        return e;
    }

    /** A member the caller may change; out of scope (or missing, for a scoped caller) is forbidden. */
    private static MemberEntity writable(EntityManager em, Caller caller, long id) {
        MemberEntity e = em.find(MemberEntity.class, id);
        if (e == null || !Access.writesMember(caller, e.getStreetCode(), e.getBranchId())) {
            throw e == null ? Access.missingWriteTarget(caller, "MEMBER_NOT_FOUND", id) : Access.forbidden();
        }
        return e;
    }

    /** An ID number belongs to one active member at a time (the database enforces it too, under concurrency). */
    private void requireUniqueIdNumber(EntityManager em, String idNumber, Long selfId) {
        List<Long> holders = em.createQuery("SELECT m.id FROM MemberEntity m WHERE m.idNumberHash = :hash"
                        + " AND m.status = org.silverbranch.core.api.model.MemberStatus.ACTIVE", Long.class)
                .setParameter("hash", protection.idNumberHash(idNumber)).getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(selfId))) {
            throw ServiceException.conflict("DUPLICATE_ID_NUMBER",
                    new FieldProblem("idNumber", "DUPLICATE_ID_NUMBER", List.of()));
        }
    }
}
