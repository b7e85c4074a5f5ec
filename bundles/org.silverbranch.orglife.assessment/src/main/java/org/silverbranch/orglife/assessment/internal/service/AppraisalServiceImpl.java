package org.silverbranch.orglife.assessment.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.assessment.Appraisal;
import org.silverbranch.orglife.assessment.AppraisalCounts;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.AppraisalService;
import org.silverbranch.orglife.assessment.BranchAppraisals;
import org.silverbranch.orglife.assessment.internal.persistence.AppraisalEntity;
import org.silverbranch.orglife.assessment.internal.persistence.AssessmentSchema;
import org.silverbranch.orglife.assessment.internal.rules.InputRules;

/**
 * Member appraisal (民主评议党员, yearly per member; 《中国共产党支部工作条例（试行）》 2018: review meeting and member
 * appraisal once a year). Written by whoever may write the member's branch records (district admin, the street's
 * admin, the branch's secretary), as the branch's member assembly decides it.
 */
@Component(service = AppraisalService.class)
public class AppraisalServiceImpl implements AppraisalService {

    static final String ENTITY = "appraisal";

    private final Transactions tx;
    private final CoreLookup core;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public AppraisalServiceImpl(@Reference(name = "jpa", target = AssessmentSchema.UNIT_FILTER) JpaTemplate jpa,
                                @Reference(name = "schema") AssessmentSchema schema,
                                @Reference(name = "organizations") OrganizationService organizations,
                                @Reference(name = "members") MemberService members,
                                @Reference(name = "audit") AuditTrail audit) {
        this(jpa, organizations, members, audit, Clock.systemDefaultZone());
    }

    AppraisalServiceImpl(JpaTemplate jpa, OrganizationService organizations, MemberService members,
                                AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreLookup(organizations, members);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Appraisal put(Caller caller, long memberId, int year, AppraisalInput input) {
        Member member = core.readableMember(caller, memberId);
        if (member.branchId() == null) {
            throw ServiceException.badRequest("MEMBER_WITHOUT_BRANCH", memberId);
        }
        Organization branch = core.writableBranch(caller, member.branchId());
        Problems p = InputRules.appraisal(input, year, LocalDate.now(clock));
        p.throwIfAny();
        Changes changes = new Changes();
        Appraisal saved = Duplicates.refused(() -> tx.inTransaction(em -> {
            List<AppraisalEntity> found = em.createQuery("SELECT a FROM AppraisalEntity a"
                            + " WHERE a.memberId = :member AND a.appraisalYear = :year", AppraisalEntity.class)
                    .setParameter("member", memberId).setParameter("year", year).getResultList();
            Instant now = clock.instant();
            AppraisalEntity a;
            if (input.version() == null) {
                if (!found.isEmpty()) {
                    throw ServiceException.conflict("APPRAISAL_EXISTS", member.name(), year);
                }
                a = new AppraisalEntity();
                a.setMemberId(memberId);
                a.setAppraisalYear(year);
                a.setRecordedBy(caller.username());
                a.setRecordedAt(now);
            } else {
                if (found.isEmpty()) {
                    throw ServiceException.notFound("APPRAISAL_NOT_FOUND", member.name(), year);
                }
                a = found.get(0);
                // The appraisal was decided by the member assembly of the branch it was recorded in: only who may
                // write that branch's records changes it, checked before anything else (the member's current branch,
                // checked above, is not enough once the member has moved to another branch or street).
                BranchScope.requireWrite(caller, a.getStreetCode(), a.getOrganizationId());
                OptimisticLocking.requireVersion(input.version(), a.getVersion());
            }
            changes.put("result", a.getResult(), input.result())
                    .put("appraisedOn", a.getAppraisedOn(), input.appraisedOn())
                    .put("note", a.getNote(), blankToNull(input.note()));
            if (a.getId() == null) {
                // set once: a change never moves the appraisal to the member's branch of now (see put's contract)
                changes.put("organizationId", null, branch.id());
                a.setOrganizationId(branch.id());
                a.setStreetCode(branch.streetCode());
            }
            a.setMemberName(member.name());
            a.setResult(input.result());
            a.setAppraisedOn(input.appraisedOn());
            a.setNote(blankToNull(input.note()));
            a.setUpdatedBy(caller.username());
            a.setUpdatedAt(now);
            if (a.getId() == null) {
                em.persist(a);
            }
            em.flush();
            return dto(a);
        }), () -> ServiceException.conflict("APPRAISAL_EXISTS", member.name(), year));
        audit.record(caller, input.version() == null ? "APPRAISAL_CREATE" : "APPRAISAL_UPDATE", ENTITY,
                String.valueOf(saved.id()), changes.map());
        return saved;
    }

    @Override
    public List<Appraisal> ofMember(Caller caller, long memberId) {
        core.readableMember(caller, memberId);
        return tx.inTransaction(em -> em.createQuery("SELECT a FROM AppraisalEntity a WHERE a.memberId = :member"
                        + " ORDER BY a.appraisalYear DESC", AppraisalEntity.class)
                .setParameter("member", memberId).getResultList().stream().map(AppraisalServiceImpl::dto).toList());
    }

    @Override
    public BranchAppraisals ofBranch(Caller caller, long organizationId, int year) {
        Organization branch = core.readableBranch(caller, organizationId);
        Problems p = new Problems();
        InputRules.year(p, "year", year, LocalDate.now(clock));
        p.throwIfAny();
        List<Member> members = activeMembers(caller, branch);
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        // the year's appraisals of this branch, and of its members appraised in another branch before a transfer
        List<Appraisal> appraisals = tx.inTransaction(em -> {
            TypedQuery<AppraisalEntity> q = em.createQuery("SELECT a FROM AppraisalEntity a"
                    + " WHERE a.appraisalYear = :year AND (a.organizationId = :org"
                    + (ids.isEmpty() ? ")" : " OR a.memberId IN :ids)") + " ORDER BY a.memberName, a.id",
                    AppraisalEntity.class).setParameter("year", year).setParameter("org", organizationId);
            if (!ids.isEmpty()) {
                q.setParameter("ids", ids);
            }
            return q.getResultList().stream().map(AppraisalServiceImpl::dto).toList();
        });
        Map<Long, Appraisal> byMember = new HashMap<>();
        appraisals.forEach(a -> byMember.put(a.memberId(), a));
        List<BranchAppraisals.Row> rows = new ArrayList<>();
        long missing = 0;
        for (Member m : members) {
            Appraisal a = byMember.get(m.id());
            if (a == null) {
                missing++;
            }
            rows.add(new BranchAppraisals.Row(m.id(), m.name(), a));
        }
        // appraised in this branch, no longer among its active members (transferred, deceased): still on the sheet
        for (Appraisal a : appraisals) {
            if (!ids.contains(a.memberId())) {
                rows.add(new BranchAppraisals.Row(a.memberId(), a.memberName(), a));
            }
        }
        Map<AppraisalResult, Long> counts = new EnumMap<>(AppraisalResult.class);
        rows.stream().filter(r -> r.appraisal() != null)
                .forEach(r -> counts.merge(r.appraisal().result(), 1L, Long::sum));
        return new BranchAppraisals(organizationId, branch.name(), year,
                counts(branch.streetCode(), year, counts), missing, rows);
    }

    /** The branch's active members through the core, page by page (the core's largest page is 200). */
    private List<Member> activeMembers(Caller caller, Organization branch) {
        List<Member> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Member> found = core.members().search(caller, branch.streetCode(), new MemberQuery(null,
                    branch.id(), null, null, MemberStatus.ACTIVE, page, MemberQuery.MAX_PAGE_SIZE, "name"));
            all.addAll(found.items());
            if (found.items().isEmpty() || (long) (page + 1) * MemberQuery.MAX_PAGE_SIZE >= found.total()) {
                return all;
            }
        }
    }

    @Override
    public AppraisalCounts counts(Caller caller, String streetCode, int year) {
        if (streetCode == null) {
            BranchScope.requireDistrictRead(caller);
        } else {
            BranchScope.requireStreetRead(caller, streetCode);
        }
        Map<String, Map<AppraisalResult, Long>> byStreet = grouped(streetCode, year);
        Map<AppraisalResult, Long> total = new EnumMap<>(AppraisalResult.class);
        byStreet.values().forEach(m -> m.forEach((r, n) -> total.merge(r, n, Long::sum)));
        return counts(streetCode, year, total);
    }

    @Override
    public List<AppraisalCounts> countsByStreet(Caller caller, int year) {
        BranchScope.requireDistrictRead(caller);
        List<AppraisalCounts> list = new ArrayList<>();
        grouped(null, year).forEach((street, m) -> list.add(counts(street, year, m)));
        return list;
    }

    /** One grouped query: street → result → members. */
    private Map<String, Map<AppraisalResult, Long>> grouped(String streetCode, int year) {
        return tx.inTransaction(em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT a.streetCode, a.result, COUNT(a) FROM AppraisalEntity a"
                    + " WHERE a.appraisalYear = :year" + (streetCode == null ? "" : " AND a.streetCode = :street")
                    + " GROUP BY a.streetCode, a.result", Object[].class).setParameter("year", year);
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            Map<String, Map<AppraisalResult, Long>> result = new TreeMap<>();
            for (Object[] row : q.getResultList()) {
                result.computeIfAbsent((String) row[0], s -> new EnumMap<>(AppraisalResult.class))
                        .put((AppraisalResult) row[1], ((Number) row[2]).longValue());
            }
            return result;
        });
    }

    static AppraisalCounts counts(String streetCode, int year, Map<AppraisalResult, Long> counts) {
        return new AppraisalCounts(streetCode, year, counts.getOrDefault(AppraisalResult.EXCELLENT, 0L),
                counts.getOrDefault(AppraisalResult.QUALIFIED, 0L),
                counts.getOrDefault(AppraisalResult.BASICALLY_QUALIFIED, 0L),
                counts.getOrDefault(AppraisalResult.UNQUALIFIED, 0L));
    }

    static Appraisal dto(AppraisalEntity a) {
        return new Appraisal(a.getId(), a.getVersion(), a.getMemberId(), a.getMemberName(), a.getAppraisalYear(),
                a.getResult(), a.getAppraisedOn(), a.getNote(), a.getOrganizationId(), a.getStreetCode(),
                a.getRecordedBy(), a.getRecordedAt());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
