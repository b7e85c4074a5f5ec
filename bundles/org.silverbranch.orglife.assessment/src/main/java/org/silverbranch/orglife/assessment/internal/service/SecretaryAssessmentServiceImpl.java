package org.silverbranch.orglife.assessment.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.assessment.SecretaryAssessment;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryAssessmentService;
import org.silverbranch.orglife.assessment.StreetSubsidies;
import org.silverbranch.orglife.assessment.SubsidyLedger;
import org.silverbranch.orglife.assessment.SubsidyMonth;
import org.silverbranch.orglife.assessment.SubsidyPayment;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.persistence.AssessmentSchema;
import org.silverbranch.orglife.assessment.internal.persistence.SecretaryAssessmentEntity;
import org.silverbranch.orglife.assessment.internal.persistence.SubsidyPaymentEntity;
import org.silverbranch.orglife.assessment.internal.rules.InputRules;
import org.silverbranch.orglife.assessment.internal.rules.OfficeTerms;
import org.silverbranch.orglife.assessment.internal.rules.SubsidySchedule;

/**
 * Secretary assessment (支部书记考核) and the monthly subsidy (the report: "强化离退休干部党支部书记考核机制，落实支部书记每月
 * 补助待遇"). The assessment of year Y keeps the district table's amount for its grade; that amount is due for each
 * month of Y + 1 in which the member is the branch's secretary. The district admin and the admin of the branch's
 * street assess and record payments; a month is paid once (409).
 */
@Component(service = SecretaryAssessmentService.class)
public class SecretaryAssessmentServiceImpl implements SecretaryAssessmentService {

    static final String ENTITY = "secretary-assessment";

    private final Transactions tx;
    private final CoreLookup core;
    private final AuditTrail audit;
    private final AssessmentSettings settings;
    private final Clock clock;

    @Activate
    public SecretaryAssessmentServiceImpl(@Reference(name = "jpa", target = AssessmentSchema.UNIT_FILTER) JpaTemplate jpa,
                                          @Reference(name = "schema") AssessmentSchema schema,
                                          @Reference(name = "organizations") OrganizationService organizations,
                                          @Reference(name = "members") MemberService members,
                                          @Reference(name = "audit") AuditTrail audit,
                                          @Reference(name = "settings") AssessmentSettings settings) {
        this(jpa, organizations, members, audit, settings, Clock.systemDefaultZone());
    }

    SecretaryAssessmentServiceImpl(JpaTemplate jpa, OrganizationService organizations, MemberService members,
                                          AuditTrail audit, AssessmentSettings settings, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreLookup(organizations, members);
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SecretaryAssessment assess(Caller caller, long organizationId, SecretaryAssessmentInput input) {
        Organization branch = core.administeredBranch(caller, organizationId);
        LocalDate today = LocalDate.now(clock);
        Problems p = InputRules.secretaryAssessment(input, today);
        Leader secretary = null;
        if (!p.has("year")) {
            secretary = secretary(core.organizations().leadership(caller, organizationId), input, branch, p);
        }
        p.throwIfAny();
        long memberId = secretary.memberId();
        String memberName = secretary.memberName();
        long monthlyFen = settings.subsidies().monthlyFen(input.grade());
        SecretaryAssessment saved = Duplicates.refused(() -> tx.inTransaction(em -> {
            boolean exists = !em.createQuery("SELECT a.id FROM SecretaryAssessmentEntity a WHERE a.organizationId"
                            + " = :org AND a.memberId = :member AND a.assessmentYear = :year", Long.class)
                    .setParameter("org", organizationId).setParameter("member", memberId)
                    .setParameter("year", input.year()).getResultList().isEmpty();
            if (exists) {
                throw ServiceException.conflict("ASSESSMENT_EXISTS", memberName, input.year());
            }
            SecretaryAssessmentEntity a = new SecretaryAssessmentEntity();
            a.setOrganizationId(organizationId);
            a.setOrganizationName(branch.name());
            a.setStreetCode(branch.streetCode());
            a.setMemberId(memberId);
            a.setMemberName(memberName);
            a.setAssessmentYear(input.year());
            a.setGrade(input.grade());
            a.setComments(AppraisalServiceImpl.blankToNull(input.comments()));
            a.setAssessedOn(input.assessedOn() == null ? today : input.assessedOn());
            a.setMonthlySubsidyFen(monthlyFen);
            a.setAssessedBy(caller.username());
            a.setAssessedAt(clock.instant());
            em.persist(a);
            em.flush();
            return dto(a);
        }), () -> ServiceException.conflict("ASSESSMENT_EXISTS", memberName, input.year()));
        audit.record(caller, "SECRETARY_ASSESSMENT_CREATE", ENTITY, String.valueOf(saved.id()), new Changes()
                .put("organizationId", null, organizationId).put("memberId", null, memberId)
                .put("year", null, saved.year()).put("grade", null, saved.grade())
                .put("monthlySubsidyFen", null, monthlyFen).map());
        return saved;
    }

    /**
     * The secretary assessed: the one named, who must have held the branch's secretary position in the year, or
     * else the current secretary, who must have held it in the year too.
     */
    private static Leader secretary(Leadership leadership, SecretaryAssessmentInput in, Organization branch,
                                    Problems p) {
        if (in.memberId() == null) {
            Optional<Leader> current = OfficeTerms.currentSecretary(leadership);
            if (current.isEmpty()) {
                p.add("memberId", "NO_SECRETARY", branch.name());
                return null;
            }
            List<OfficeTerms.Term> terms = OfficeTerms.secretaryTerms(leadership, current.get().memberId());
            if (terms.stream().noneMatch(t -> t.overlaps(in.year()))) {
                p.add("memberId", "NOT_SECRETARY", current.get().memberName(), in.year());
                return null;
            }
            return current.get();
        }
        List<OfficeTerms.Term> terms = OfficeTerms.secretaryTerms(leadership, in.memberId());
        Optional<OfficeTerms.Term> term = terms.stream().filter(t -> t.overlaps(in.year())).findFirst();
        if (term.isEmpty()) {
            p.add("memberId", "NOT_SECRETARY", in.memberId(), in.year());
            return null;
        }
        return new Leader(null, null, branch.id(), in.memberId(), term.get().memberName(), null,
                term.get().start(), term.get().end(), null);
    }

    @Override
    public List<SecretaryAssessment> ofBranch(Caller caller, long organizationId) {
        core.readableBranch(caller, organizationId);
        return tx.inTransaction(em -> em.createQuery("SELECT a FROM SecretaryAssessmentEntity a"
                        + " WHERE a.organizationId = :org ORDER BY a.assessmentYear DESC, a.id DESC",
                        SecretaryAssessmentEntity.class)
                .setParameter("org", organizationId).getResultList().stream()
                .map(SecretaryAssessmentServiceImpl::dto).toList());
    }

    @Override
    public SubsidyLedger ledger(Caller caller, long memberId, int year) {
        Member member = core.readableMember(caller, memberId);
        Problems p = new Problems();
        InputRules.listYear(p, "year", year, LocalDate.now(clock));
        p.throwIfAny();
        MemberYear data = memberYear(caller, memberId, year);
        List<SubsidyMonth> months = data.entries().stream().map(SubsidySchedule.Entry::month).toList();
        long due = SubsidySchedule.dueFen(months);
        long paid = SubsidySchedule.paidFen(months);
        return new SubsidyLedger(memberId, member.name(), year, months, due, paid, due - paid);
    }

    /** The member's assessments of the year before (as bases, with their secretary terms) and the year's months. */
    private record MemberYear(Map<Long, SecretaryAssessmentEntity> assessments, List<SubsidySchedule.Entry> entries) {
    }

    private MemberYear memberYear(Caller caller, long memberId, int year) {
        return memberYear(caller, year, assessments(memberId, year - 1), payments(memberId, year), new HashMap<>());
    }

    private MemberYear memberYear(Caller caller, int year, List<SecretaryAssessmentEntity> assessments,
                                  List<SubsidyPaymentEntity> payments, Map<Long, Leadership> leaderships) {
        Map<Long, SecretaryAssessmentEntity> byId = new LinkedHashMap<>();
        List<SubsidySchedule.Basis> bases = new ArrayList<>();
        for (SecretaryAssessmentEntity a : assessments) {
            byId.put(a.getId(), a);
            Leadership leadership = leaderships.computeIfAbsent(a.getOrganizationId(),
                    org -> core.organizations().leadership(caller, org));
            bases.add(new SubsidySchedule.Basis(a.getId(), a.getOrganizationId(), a.getGrade(),
                    a.getMonthlySubsidyFen(), OfficeTerms.secretaryTerms(leadership, a.getMemberId())));
        }
        Map<Integer, SubsidySchedule.Paid> paid = new HashMap<>();
        for (SubsidyPaymentEntity x : payments) {
            paid.put(x.getSubsidyMonth(), new SubsidySchedule.Paid(x.getAssessmentId(), x.getOrganizationId(),
                    x.getAmountFen(), x.getPaidOn()));
        }
        return new MemberYear(byId, SubsidySchedule.months(year, bases, paid, YearMonth.now(clock)));
    }

    @Override
    public List<SubsidyPayment> pay(Caller caller, long memberId, SubsidyPaymentInput input) {
        Member member = core.readableMember(caller, memberId);
        // who pays at all, before the months are looked at; the street of each month's assessment is checked below
        BranchScope.requireStreetWrite(caller, member.streetCode());
        LocalDate today = LocalDate.now(clock);
        LocalDate paidOn = input == null || input.paidOn() == null ? today : input.paidOn();
        InputRules.payment(input, paidOn, today).throwIfAny();
        Map<Integer, MemberYear> years = new TreeMap<>();
        input.months().forEach(m -> years.computeIfAbsent(m.getYear(), y -> memberYear(caller, memberId, y)));
        Problems notDue = new Problems();
        List<FieldProblem> paidBefore = new ArrayList<>();
        List<SubsidySchedule.Entry> toPay = new ArrayList<>();
        for (int i = 0; i < input.months().size(); i++) {
            YearMonth m = input.months().get(i);
            MemberYear year = years.get(m.getYear());
            SubsidySchedule.Entry entry = year.entries().get(m.getMonthValue() - 1);
            String at = "months[" + i + "]";
            switch (entry.month().status()) {
                case DUE -> toPay.add(entry);
                case PAID -> paidBefore.add(new FieldProblem(at, "MONTH_ALREADY_PAID", List.of(m.toString())));
                default -> notDue.add(at, "MONTH_NOT_DUE_" + entry.month().reason(), m);
            }
        }
        notDue.throwIfAny();
        if (!paidBefore.isEmpty()) {
            throw new ServiceException(ErrorKind.CONFLICT, "MONTH_ALREADY_PAID", paidBefore);
        }
        Map<Long, SecretaryAssessmentEntity> assessments = new HashMap<>();
        years.values().forEach(y -> assessments.putAll(y.assessments()));
        for (SubsidySchedule.Entry entry : toPay) {
            BranchScope.requireStreetWrite(caller, assessments.get(entry.basis().assessmentId()).getStreetCode());
        }
        // another payment of the same month committed first: the unique key (member, year, month) refuses ours
        List<SubsidyPayment> saved = Duplicates.refused(() -> tx.inTransaction(em -> {
            List<SubsidyPaymentEntity> rows = new ArrayList<>();
            for (SubsidySchedule.Entry entry : toPay) {
                SecretaryAssessmentEntity a = assessments.get(entry.basis().assessmentId());
                SubsidyPaymentEntity x = new SubsidyPaymentEntity();
                x.setMemberId(memberId);
                x.setOrganizationId(a.getOrganizationId());
                x.setStreetCode(a.getStreetCode());
                x.setAssessmentId(a.getId());
                x.setSubsidyYear(entry.month().month().getYear());
                x.setSubsidyMonth(entry.month().month().getMonthValue());
                x.setAmountFen(entry.month().dueFen());
                x.setPaidOn(paidOn);
                x.setNote(AppraisalServiceImpl.blankToNull(input.note()));
                x.setRecordedBy(caller.username());
                x.setRecordedAt(clock.instant());
                em.persist(x);
                rows.add(x);
            }
            em.flush();
            return rows.stream().map(SecretaryAssessmentServiceImpl::dto).toList();
        }), () -> ServiceException.conflict("MONTH_ALREADY_PAID"));
        for (SubsidyPayment x : saved) {
            audit.record(caller, "SUBSIDY_PAYMENT", "subsidy-payment", String.valueOf(x.id()), new Changes()
                    .put("memberId", null, memberId).put("month", null, x.month())
                    .put("amountFen", null, x.amountFen()).put("paidOn", null, x.paidOn()).map());
        }
        return saved;
    }

    @Override
    public StreetSubsidies ofStreet(Caller caller, String streetCode, int year) {
        BranchScope.requireStreetRead(caller, streetCode);
        Problems p = new Problems();
        InputRules.listYear(p, "year", year, LocalDate.now(clock));
        p.throwIfAny();
        List<SecretaryAssessmentEntity> assessments = tx.inTransaction(em -> em.createQuery(
                        "SELECT a FROM SecretaryAssessmentEntity a WHERE a.streetCode = :street"
                                + " AND a.assessmentYear = :year ORDER BY a.organizationName, a.memberName, a.id",
                        SecretaryAssessmentEntity.class)
                .setParameter("street", streetCode).setParameter("year", year - 1).getResultList());
        List<SubsidyPaymentEntity> payments = tx.inTransaction(em -> em.createQuery(
                        "SELECT x FROM SubsidyPaymentEntity x WHERE x.streetCode = :street AND x.subsidyYear = :year",
                        SubsidyPaymentEntity.class)
                .setParameter("street", streetCode).setParameter("year", year).getResultList());
        Map<Long, List<SecretaryAssessmentEntity>> byMember = group(assessments, SecretaryAssessmentEntity::getMemberId);
        Map<Long, List<SubsidyPaymentEntity>> paymentsByMember = group(payments, SubsidyPaymentEntity::getMemberId);
        Map<Long, Leadership> leaderships = new HashMap<>();
        Map<Long, List<SubsidyMonth>> monthsByAssessment = new HashMap<>();
        byMember.forEach((memberId, own) -> {
            MemberYear data = memberYear(caller, year, own, paymentsByMember.getOrDefault(memberId, List.of()),
                    leaderships);
            for (SubsidySchedule.Entry e : data.entries()) {
                if (e.basis() != null) {
                    monthsByAssessment.computeIfAbsent(e.basis().assessmentId(), id -> new ArrayList<>()).add(e.month());
                }
            }
        });
        List<StreetSubsidies.Row> rows = new ArrayList<>();
        long due = 0;
        long paid = 0;
        for (SecretaryAssessmentEntity a : assessments) {
            List<SubsidyMonth> months = monthsByAssessment.getOrDefault(a.getId(), List.of());
            int monthsDue = (int) months.stream().filter(m -> m.status() == SubsidyMonth.Status.DUE
                    || m.status() == SubsidyMonth.Status.PAID).count();
            int monthsPaid = (int) months.stream().filter(m -> m.status() == SubsidyMonth.Status.PAID).count();
            long rowDue = SubsidySchedule.dueFen(months);
            long rowPaid = SubsidySchedule.paidFen(months);
            rows.add(new StreetSubsidies.Row(a.getMemberId(), a.getMemberName(), a.getOrganizationId(),
                    a.getOrganizationName(), a.getGrade(), a.getMonthlySubsidyFen(), monthsDue, monthsPaid, rowDue,
                    rowPaid, rowDue - rowPaid));
            due += rowDue;
            paid += rowPaid;
        }
        return new StreetSubsidies(streetCode, year, rows, due, paid, due - paid);
    }

    private List<SecretaryAssessmentEntity> assessments(long memberId, int year) {
        return tx.inTransaction(em -> em.createQuery("SELECT a FROM SecretaryAssessmentEntity a"
                        + " WHERE a.memberId = :member AND a.assessmentYear = :year ORDER BY a.id",
                        SecretaryAssessmentEntity.class)
                .setParameter("member", memberId).setParameter("year", year).getResultList());
    }

    private List<SubsidyPaymentEntity> payments(long memberId, int year) {
        return tx.inTransaction(em -> em.createQuery("SELECT x FROM SubsidyPaymentEntity x WHERE x.memberId = :member"
                        + " AND x.subsidyYear = :year ORDER BY x.subsidyMonth", SubsidyPaymentEntity.class)
                .setParameter("member", memberId).setParameter("year", year).getResultList());
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return grouped;
    }

    static SecretaryAssessment dto(SecretaryAssessmentEntity a) {
        return new SecretaryAssessment(a.getId(), a.getVersion(), a.getOrganizationId(), a.getOrganizationName(),
                a.getStreetCode(), a.getMemberId(), a.getMemberName(), a.getAssessmentYear(), a.getGrade(),
                a.getComments(), a.getAssessedOn(), a.getMonthlySubsidyFen(), a.getAssessmentYear() + 1,
                a.getAssessedBy(), a.getAssessedAt());
    }

    static SubsidyPayment dto(SubsidyPaymentEntity x) {
        return new SubsidyPayment(x.getId(), x.getMemberId(), x.getOrganizationId(),
                YearMonth.of(x.getSubsidyYear(), x.getSubsidyMonth()), x.getAmountFen(), x.getPaidOn(), x.getNote(),
                x.getRecordedBy(), x.getRecordedAt());
    }
}
