package org.silverbranch.orglife.supervision.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.supervision.FindingInput;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.RectificationUpdate;
import org.silverbranch.orglife.supervision.SupervisionService;
import org.silverbranch.orglife.supervision.internal.persistence.InspectionEntity;
import org.silverbranch.orglife.supervision.internal.persistence.RectificationEntity;
import org.silverbranch.orglife.supervision.internal.persistence.SupervisionSchema;
import org.silverbranch.orglife.supervision.internal.rules.InspectionRules;

/**
 * Inspections and rectification tasks on the bundle's tables. Branches and owners are checked through the core's
 * services with the caller (their scope applies) before the bundle's own transaction; the inspection and all its
 * findings are written in that one transaction, and audited once it committed.
 */
@Component(service = SupervisionService.class)
public class SupervisionServiceImpl implements SupervisionService {

    private final Transactions tx;
    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberService members;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public SupervisionServiceImpl(@Reference(name = "jpa", target = SupervisionSchema.UNIT_FILTER) JpaTemplate jpa,
                                  @Reference(name = "schema") SupervisionSchema schema,
                                  @Reference(name = "streets") StreetService streets,
                                  @Reference(name = "organizations") OrganizationService organizations,
                                  @Reference(name = "members") MemberService members,
                                  @Reference(name = "audit") AuditTrail audit) {
        this(jpa, streets, organizations, members, audit, Clock.systemDefaultZone());
    }

    SupervisionServiceImpl(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                                  MemberService members, AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.streets = streets;
        this.organizations = organizations;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Inspection createInspection(Caller caller, long organizationId, InspectionInput in) {
        Organization branch = Branches.readable(organizations, caller, organizationId);
        requireInspector(caller, branch);
        Branches.requireActiveBranch(branch);
        if (in == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
        LocalDate today = LocalDate.now(clock);
        Problems p = new Problems();
        InspectionRules.check(in, today, p);
        Map<Integer, String> ownerNames = owners(caller, branch, in.findings(), p);
        p.throwIfAny();
        Inspection created = tx.inTransaction(em -> {
            Instant now = clock.instant();
            InspectionEntity e = new InspectionEntity();
            e.setStreetCode(branch.streetCode());
            e.setOrganizationId(organizationId);
            e.setOrganizationName(branch.name());
            e.setInspectedOn(in.inspectedOn());
            e.setKind(in.kind());
            e.setInspectorNames(in.inspectors().stream().map(String::strip).toList());
            e.setSummary(blankToNull(in.summary()));
            e.setRecordedBy(caller.username());
            e.setRecordedAt(now);
            List<FindingInput> findings = in.findings() == null ? List.of() : in.findings();
            for (int i = 0; i < findings.size(); i++) {
                FindingInput f = findings.get(i);
                RectificationEntity r = new RectificationEntity();
                r.setInspection(e);
                r.setFindingNo(i + 1);
                r.setStreetCode(branch.streetCode());
                r.setOrganizationId(organizationId);
                r.setInspectedOn(in.inspectedOn());
                r.setDescription(f.description().strip());
                r.setDeadline(f.deadline());
                r.setOwnerMemberId(f.ownerMemberId());
                r.setOwnerName(f.ownerMemberId() == null ? f.ownerName().strip() : ownerNames.get(i));
                r.setStatus(RectificationStatus.OPEN);
                r.setUpdatedBy(caller.username());
                r.setUpdatedAt(now);
                e.getFindings().add(r);
            }
            em.persist(e);
            em.flush();
            return Dtos.inspection(e, e.getFindings(), today);
        });
        Audit.of(audit).change("organizationId", null, organizationId).change("inspectedOn", null, in.inspectedOn())
                .change("kind", null, in.kind()).change("inspectors", null, String.join("、", created.inspectors()))
                .change("findings", null, created.findings().size())
                .record(caller, "INSPECTION_CREATE", "inspection", created.id());
        return created;
    }

    @Override
    public List<Inspection> inspections(Caller caller, long organizationId) {
        Branches.readable(organizations, caller, organizationId);
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(em -> {
            List<InspectionEntity> found = em.createQuery("SELECT i FROM InspectionEntity i"
                            + " WHERE i.organizationId = :org ORDER BY i.inspectedOn DESC, i.id DESC",
                    InspectionEntity.class).setParameter("org", organizationId).getResultList();
            // the findings of all of them in one query, not one per inspection
            Map<Long, List<RectificationEntity>> findings = new HashMap<>();
            em.createQuery("SELECT r FROM RectificationEntity r WHERE r.organizationId = :org"
                            + " ORDER BY r.inspection.id, r.findingNo", RectificationEntity.class)
                    .setParameter("org", organizationId).getResultList()
                    .forEach(r -> findings.computeIfAbsent(r.getInspection().getId(), k -> new ArrayList<>()).add(r));
            return found.stream().map(i -> Dtos.inspection(i, findings.getOrDefault(i.getId(), List.of()), today))
                    .toList();
        });
    }

    @Override
    public Inspection inspection(Caller caller, long inspectionId) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(em -> {
            InspectionEntity e = em.find(InspectionEntity.class, inspectionId);
            if (e == null || !BranchScope.reads(caller, e.getStreetCode(), e.getOrganizationId())) {
                throw ServiceException.notFound("INSPECTION_NOT_FOUND", inspectionId);
            }
            return Dtos.inspection(e, e.getFindings(), today);
        });
    }

    @Override
    public Rectification rectification(Caller caller, long rectificationId) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(em -> Dtos.rectification(readable(em, caller, rectificationId), today));
    }

    @Override
    public Rectification updateRectification(Caller caller, long rectificationId, RectificationUpdate in) {
        if (in == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
        LocalDate today = LocalDate.now(clock);
        RectificationStatus[] before = new RectificationStatus[1];
        Rectification updated = tx.inTransaction(em -> {
            RectificationEntity r = readable(em, caller, rectificationId);
            if (!BranchScope.writes(caller, r.getStreetCode(), r.getOrganizationId())) {
                throw ServiceException.forbidden("FORBIDDEN");
            }
            Problems p = new Problems();
            InspectionRules.check(in, r.getInspectedOn(), today, p);
            p.throwIfAny();
            if (r.getStatus() != RectificationStatus.OPEN) {
                throw ServiceException.conflict("RECTIFICATION_CLOSED", r.getStatus());
            }
            OptimisticLocking.requireVersion(in.version(), r.getVersion());
            before[0] = r.getStatus();
            r.setStatus(in.status());
            if (in.status() == RectificationStatus.DONE) {
                r.setCompletedOn(in.completedOn());
                r.setCompletionNote(in.completionNote().strip());
            } else {
                r.setCancelReason(in.cancelReason().strip());
            }
            r.setUpdatedBy(caller.username());
            r.setUpdatedAt(clock.instant());
            em.flush();
            return Dtos.rectification(r, today);
        });
        Audit.of(audit).change("status", before[0], updated.status())
                .change("completedOn", null, updated.completedOn())
                .change("completionNote", null, updated.completionNote())
                .change("cancelReason", null, updated.cancelReason())
                .record(caller, "RECTIFICATION_UPDATE", "rectification", rectificationId);
        return updated;
    }

    @Override
    public List<Rectification> streetRectifications(Caller caller, String streetCode, RectificationStatus status,
                                                    Boolean overdue) {
        Branches.requireStreet(streets, caller, streetCode);
        return list(streetCode, status, overdue);
    }

    @Override
    public List<Rectification> districtRectifications(Caller caller, RectificationStatus status, Boolean overdue) {
        BranchScope.requireDistrictRead(caller);
        return list(null, status, overdue);
    }

    @Override
    public RectificationCounts streetCounts(Caller caller, String streetCode) {
        Branches.requireStreet(streets, caller, streetCode);
        List<RectificationCounts> counts = counts(streetCode);
        return counts.isEmpty() ? new RectificationCounts(streetCode, 0, 0, 0, 0) : counts.get(0);
    }

    @Override
    public List<RectificationCounts> districtCounts(Caller caller) {
        BranchScope.requireDistrictRead(caller);
        return counts(null);
    }

    /** Tasks of a street (or all), one query with their inspections fetched alongside. */
    private List<Rectification> list(String streetCode, RectificationStatus status, Boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(em -> {
            // "overdue" is the condition of Overdue.isOverdue, in JPQL: OPEN and deadline before today
            String overdueCondition = "(r.status = :open AND r.deadline < :today)";
            String jpql = "SELECT r FROM RectificationEntity r JOIN FETCH r.inspection WHERE 1 = 1"
                    + (streetCode == null ? "" : " AND r.streetCode = :street")
                    + (status == null ? "" : " AND r.status = :status")
                    + (overdue == null ? "" : overdue ? " AND " + overdueCondition : " AND NOT " + overdueCondition)
                    + " ORDER BY r.deadline, r.id";
            TypedQuery<RectificationEntity> q = em.createQuery(jpql, RectificationEntity.class);
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (overdue != null) {
                q.setParameter("open", RectificationStatus.OPEN).setParameter("today", today);
            }
            return q.getResultList().stream().map(r -> Dtos.rectification(r, today)).toList();
        });
    }

    /** Counts by street and state: one grouped query for the states, one for the overdue ones. */
    private List<RectificationCounts> counts(String streetCode) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(em -> {
            String where = streetCode == null ? "" : " AND r.streetCode = :street";
            TypedQuery<Object[]> byStatus = em.createQuery("SELECT r.streetCode, r.status, COUNT(r)"
                    + " FROM RectificationEntity r WHERE 1 = 1" + where + " GROUP BY r.streetCode, r.status",
                    Object[].class);
            TypedQuery<Object[]> late = em.createQuery("SELECT r.streetCode, COUNT(r) FROM RectificationEntity r"
                    + " WHERE r.status = :open AND r.deadline < :today" + where + " GROUP BY r.streetCode",
                    Object[].class).setParameter("open", RectificationStatus.OPEN).setParameter("today", today);
            if (streetCode != null) {
                byStatus.setParameter("street", streetCode);
                late.setParameter("street", streetCode);
            }
            Map<String, long[]> byStreet = new TreeMap<>();
            for (Object[] row : byStatus.getResultList()) {
                long[] n = byStreet.computeIfAbsent((String) row[0], k -> new long[4]);
                n[((RectificationStatus) row[1]).ordinal()] += ((Number) row[2]).longValue();
            }
            for (Object[] row : late.getResultList()) {
                byStreet.computeIfAbsent((String) row[0], k -> new long[4])[3] = ((Number) row[1]).longValue();
            }
            List<RectificationCounts> result = new ArrayList<>();
            byStreet.forEach((street, n) -> result.add(new RectificationCounts(street,
                    n[RectificationStatus.OPEN.ordinal()], n[3], n[RectificationStatus.DONE.ordinal()],
                    n[RectificationStatus.CANCELLED.ordinal()])));
            return result;
        });
    }

    private static RectificationEntity readable(EntityManager em, Caller caller, long id) {
        RectificationEntity r = em.find(RectificationEntity.class, id);
        if (r == null || !BranchScope.reads(caller, r.getStreetCode(), r.getOrganizationId())) {
            throw ServiceException.notFound("RECTIFICATION_NOT_FOUND", id);
        }
        return r;
    }

    /** District administrators inspect everywhere, a street's administrator in the street. */
    private static void requireInspector(Caller caller, Organization branch) {
        boolean inspector = caller.role() == Role.DISTRICT_ADMIN
                || (caller.role() == Role.STREET_ADMIN && branch.streetCode().equals(caller.streetCode()));
        if (!inspector) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /**
     * The names of the findings' owners given by member id, by finding index; each must be an active member of the
     * inspected branch ({@code MEMBER_NOT_IN_ORGANIZATION}, {@code MEMBER_NOT_ACTIVE} otherwise).
     */
    private Map<Integer, String> owners(Caller caller, Organization branch, List<FindingInput> findings,
                                        Problems p) {
        Map<Integer, String> names = new LinkedHashMap<>();
        if (findings == null || findings.size() > InspectionRules.MAX_FINDINGS) {
            return names;
        }
        Map<Long, Member> seen = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingInput f = findings.get(i);
            if (f == null || f.ownerMemberId() == null) {
                continue;
            }
            String field = "findings[" + i + "].ownerMemberId";
            Member m = seen.computeIfAbsent(f.ownerMemberId(), id -> member(caller, id));
            if (m == null || !branch.id().equals(m.branchId())) {
                p.add(field, "MEMBER_NOT_IN_ORGANIZATION", f.ownerMemberId(), branch.id());
            } else if (m.status() != MemberStatus.ACTIVE) {
                p.add(field, "MEMBER_NOT_ACTIVE", f.ownerMemberId());
            } else {
                names.put(i, m.name());
            }
        }
        return names;
    }

    /** The member as the caller sees it (masked), null when the caller cannot see it. */
    private Member member(Caller caller, long id) {
        try {
            return members.get(caller, id);
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
                return null;
            }
            throw e;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
