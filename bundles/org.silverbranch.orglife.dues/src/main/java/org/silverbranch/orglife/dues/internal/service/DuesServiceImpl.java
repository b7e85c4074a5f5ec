package org.silverbranch.orglife.dues.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.dues.AdvanceConsent;
import org.silverbranch.orglife.dues.DuesService;
import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.Payment;
import org.silverbranch.orglife.dues.PaymentInput;
import org.silverbranch.orglife.dues.VoluntaryAmount;
import org.silverbranch.orglife.dues.VoluntaryInput;
import org.silverbranch.orglife.dues.internal.DuesRules;
import org.silverbranch.orglife.dues.internal.persistence.AccountEntity;
import org.silverbranch.orglife.dues.internal.persistence.DuesSchema;
import org.silverbranch.orglife.dues.internal.persistence.PaidMonthEntity;
import org.silverbranch.orglife.dues.internal.persistence.PaymentEntity;
import org.silverbranch.orglife.dues.internal.rules.DuesRate;
import org.silverbranch.orglife.dues.internal.rules.DuesSettings;
import org.silverbranch.orglife.dues.internal.rules.MemberFacts;
import org.silverbranch.orglife.dues.internal.rules.MemberYear;
import org.silverbranch.orglife.dues.internal.rules.MemberYear.PaidMonth;
import org.silverbranch.orglife.dues.internal.rules.Months;
import org.silverbranch.orglife.dues.internal.rules.Obligation;
import org.silverbranch.orglife.dues.internal.rules.PaymentRules;

/** A member's dues, payments and voluntary amount; see {@link DuesService}. */
@Component(service = {DuesService.class, DuesServiceImpl.class})
public class DuesServiceImpl implements DuesService {

    static final int FIRST_YEAR = 1921;
    static final int LAST_YEAR = 2199;

    private final Transactions tx;
    private final MemberAccess access;
    private final DuesRules rules;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public DuesServiceImpl(@Reference(name = "jpa", target = DuesSchema.UNIT_FILTER) JpaTemplate jpa,
                           @Reference(name = "schema") DuesSchema schema,
                           @Reference(name = "members") MemberService members,
                           @Reference(name = "rules") DuesRules rules,
                           @Reference(name = "audit") AuditTrail audit) {
        this(jpa, members, rules, audit, Clock.systemDefaultZone());
    }

    DuesServiceImpl(JpaTemplate jpa, MemberService members, DuesRules rules, AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.access = new MemberAccess(members);
        this.rules = rules;
        this.audit = new Audit(audit);
        this.clock = clock;
    }

    @Override
    public MemberDues memberDues(Caller caller, long memberId, int year) {
        checkYear(year);
        Member member = access.read(caller, memberId);
        DuesSettings settings = rules.settings();
        return tx.inTransaction(em -> {
            AccountEntity account = em.find(AccountEntity.class, memberId);
            Map<YearMonth, PaidMonth> paid = new HashMap<>();
            em.createQuery("SELECT pm FROM PaidMonthEntity pm WHERE pm.memberId = :member"
                            + " AND pm.month BETWEEN :from AND :to", PaidMonthEntity.class)
                    .setParameter("member", memberId)
                    .setParameter("from", Months.code(YearMonth.of(year, 1)))
                    .setParameter("to", Months.code(YearMonth.of(year, 12)))
                    .getResultList()
                    .forEach(pm -> paid.put(Months.of(pm.getMonth()), new PaidMonth(pm.getAmountFen(), pm.getPaymentId())));
            MemberFacts facts = MemberFacts.of(member, account == null ? null : account.getVoluntaryMonthlyFen());
            return MemberYear.compute(facts, paid, year, YearMonth.now(clock), settings,
                    account == null ? 0 : account.getVersion());
        });
    }

    @Override
    public Payment recordPayment(Caller caller, long memberId, PaymentInput in) {
        requireBody(in);
        Member member = access.write(caller, memberId);
        requireActive(member);
        DuesSettings settings = rules.settings();
        LocalDate today = LocalDate.now(clock);
        Payment payment = tx.inTransaction(em -> {
            AccountEntity account = em.find(AccountEntity.class, memberId, LockModeType.PESSIMISTIC_WRITE);
            Long monthlyDue = DuesRate.monthlyDue(DuesRate.standardDue(member.monthlyPensionFen(), settings),
                    account == null ? null : account.getVoluntaryMonthlyFen());
            YearMonth start = Obligation.start(true, member.joinedPartyOn(), settings);
            PaymentRules.check(in, start, monthlyDue, today, settings).throwIfAny();
            rejectPaidMonths(em, memberId, in.months());
            PaymentEntity p = new PaymentEntity();
            p.setMemberId(memberId);
            p.setBranchId(member.branchId());
            p.setStreetCode(member.streetCode());
            p.setAmountFen(in.amountFen());
            p.setMethod(in.method());
            p.setPaidOn(in.paidOn());
            p.setPaidBy(in.paidBy());
            p.setProxyName(in.paidBy().isProxy() ? in.proxyName().strip() : null);
            AdvanceConsent consent = in.advanceConsent();
            if (consent != null) {
                p.setConsentBy(consent.approvedBy().strip());
                p.setConsentOn(consent.approvedOn() == null ? in.paidOn() : consent.approvedOn());
            }
            p.setNote(blankToNull(in.note()));
            p.setRecordedBy(caller.username());
            p.setRecordedAt(clock.instant());
            em.persist(p);
            em.flush();  // the id, for the months
            List<PaidMonthEntity> months = new ArrayList<>();
            in.months().stream().sorted().forEach(m -> {
                PaidMonthEntity pm = new PaidMonthEntity(p.getId(), memberId, Months.code(m), monthlyDue);
                em.persist(pm);
                months.add(pm);
            });
            em.flush();
            return Dtos.payment(p, months);
        });
        audit.record(caller, "DUES_PAYMENT_CREATE", "dues_payment", payment.id(),
                "memberId", null, memberId, "months", null, payment.months(), "amountFen", null, payment.amountFen(),
                "method", null, payment.method(), "paidOn", null, payment.paidOn(), "paidBy", null, payment.paidBy(),
                "proxyName", null, payment.proxyName(),
                "advanceConsent", null, payment.advanceConsent() == null ? null : payment.advanceConsent().approvedBy()
                        + " " + payment.advanceConsent().approvedOn());
        return payment;
    }

    /** 409 {@code MONTH_ALREADY_PAID}, one field per month already paid, named like the request's. */
    private static void rejectPaidMonths(EntityManager em, long memberId, List<YearMonth> months) {
        List<Integer> codes = months.stream().map(Months::code).toList();
        List<Integer> paid = em.createQuery("SELECT pm.month FROM PaidMonthEntity pm WHERE pm.memberId = :member"
                        + " AND pm.month IN :months", Integer.class)
                .setParameter("member", memberId).setParameter("months", codes).getResultList();
        if (paid.isEmpty()) {
            return;
        }
        List<FieldProblem> fields = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (paid.contains(codes.get(i))) {
                fields.add(new FieldProblem("months[" + i + "]", "MONTH_ALREADY_PAID",
                        List.of(months.get(i).toString())));
            }
        }
        throw new ServiceException(ErrorKind.CONFLICT, "MONTH_ALREADY_PAID", fields, fields.get(0).args().get(0));
    }

    @Override
    public List<Payment> payments(Caller caller, long memberId, Integer year) {
        if (year != null) {
            checkYear(year);
        }
        access.read(caller, memberId);
        return tx.inTransaction(em -> {
            List<PaymentEntity> payments = em.createQuery("SELECT p FROM PaymentEntity p WHERE p.memberId = :member"
                            + " AND p.paidOn BETWEEN :from AND :to"
                            + " ORDER BY p.paidOn DESC, p.id DESC", PaymentEntity.class)
                    .setParameter("member", memberId)
                    .setParameter("from", LocalDate.of(year == null ? FIRST_YEAR : year, 1, 1))
                    .setParameter("to", LocalDate.of(year == null ? LAST_YEAR : year, 12, 31))
                    .getResultList();
            return Dtos.payments(em, payments);
        });
    }

    @Override
    public VoluntaryAmount setVoluntary(Caller caller, long memberId, VoluntaryInput in) {
        requireBody(in);
        Member member = access.write(caller, memberId);
        requireActive(member);
        Long standard = DuesRate.standardDue(member.monthlyPensionFen(), rules.settings());
        Long amount = in.voluntaryMonthlyFen();
        Problems p = new Problems();
        if (amount != null) {
            if (amount <= 0) {
                p.add("voluntaryMonthlyFen", "AMOUNT_NOT_POSITIVE");
            } else if (standard == null) {
                p.add("voluntaryMonthlyFen", "PENSION_NOT_DECLARED");
            } else if (amount < standard) {
                p.add("voluntaryMonthlyFen", "VOLUNTARY_BELOW_DUE", standard);
            }
        }
        p.require("version", in.version());
        p.throwIfAny();
        Long[] before = new Long[1];
        VoluntaryAmount saved = tx.inTransaction(em -> {
            AccountEntity account = em.find(AccountEntity.class, memberId, LockModeType.PESSIMISTIC_WRITE);
            OptimisticLocking.requireVersion(in.version(), account == null ? 0 : account.getVersion());
            if (account == null) {
                account = new AccountEntity();
                account.setMemberId(memberId);
                em.persist(account);
            }
            before[0] = account.getVoluntaryMonthlyFen();
            account.setVoluntaryMonthlyFen(amount);
            account.setUpdatedBy(caller.username());
            account.setUpdatedAt(clock.instant());
            em.flush();
            return new VoluntaryAmount(memberId, amount, standard, account.getVersion());
        });
        audit.record(caller, "DUES_VOLUNTARY_SET", "dues_account", memberId, "voluntaryMonthlyFen", before[0], amount);
        return saved;
    }

    @Override
    public Long standardMonthlyDue(Long monthlyPensionFen) {
        return DuesRate.standardDue(monthlyPensionFen, rules.settings());
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ServiceException.invalid(new Problems().add("year", "OUT_OF_RANGE", FIRST_YEAR, LAST_YEAR).list());
        }
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
    }

    private static void requireActive(Member member) {
        if (member.status() != MemberStatus.ACTIVE) {
            throw ServiceException.conflict("MEMBER_NOT_ACTIVE", member.id());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
