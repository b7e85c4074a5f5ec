package org.silverbranch.orglife.dues.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.dues.BranchFundService;
import org.silverbranch.orglife.dues.DuesReturn;
import org.silverbranch.orglife.dues.Expense;
import org.silverbranch.orglife.dues.ExpenseInput;
import org.silverbranch.orglife.dues.FundBalance;
import org.silverbranch.orglife.dues.ReturnInput;
import org.silverbranch.orglife.dues.internal.persistence.DuesSchema;
import org.silverbranch.orglife.dues.internal.persistence.ExpenseEntity;
import org.silverbranch.orglife.dues.internal.persistence.FundEntity;
import org.silverbranch.orglife.dues.internal.persistence.ReturnEntity;
import org.silverbranch.orglife.dues.internal.rules.DayChecks;
import org.silverbranch.orglife.dues.internal.rules.PaymentRules;

/**
 * Returned dues and their spending; see {@link BranchFundService}. Every return and expense locks the branch's fund
 * row first ({@code SELECT ... FOR UPDATE}), so two expenses at once cannot both spend the same balance.
 */
@Component(service = {BranchFundService.class, BranchFundServiceImpl.class})
public class BranchFundServiceImpl implements BranchFundService {

    private final Transactions tx;
    private final OrganizationService organizations;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public BranchFundServiceImpl(@Reference(name = "jpa", target = DuesSchema.UNIT_FILTER) JpaTemplate jpa,
                                 @Reference(name = "schema") DuesSchema schema,
                                 @Reference(name = "organizations") OrganizationService organizations,
                                 @Reference(name = "audit") AuditTrail audit) {
        this(jpa, organizations, audit, Clock.systemDefaultZone());
    }

    BranchFundServiceImpl(JpaTemplate jpa, OrganizationService organizations, AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.organizations = organizations;
        this.audit = new Audit(audit);
        this.clock = clock;
    }

    @Override
    public DuesReturn recordReturn(Caller caller, long organizationId, ReturnInput in) {
        DuesServiceImpl.requireBody(in);
        Organization branch = readable(caller, organizationId);
        // the street (or district) returns dues to its branches; a branch does not record what it is given
        BranchScope.requireStreetWrite(caller, branch.streetCode());
        requireActiveBranch(branch);
        Problems p = new Problems();
        amount(p, in.amountFen());
        date(p, "returnedOn", in.returnedOn());
        p.require("source", in.source());
        p.maxLength("note", in.note(), PaymentRules.NOTE_LENGTH);
        p.throwIfAny();
        DuesReturn saved = tx.inTransaction(em -> {
            FundEntity fund = lockedFund(em, branch);
            fund.addReturned(in.amountFen());
            ReturnEntity r = new ReturnEntity(organizationId, branch.streetCode(), in.amountFen(), in.returnedOn(),
                    in.source(), DuesServiceImpl.blankToNull(in.note()), caller.username(), clock.instant());
            em.persist(r);
            em.flush();
            return r.toDto();
        });
        audit.record(caller, "DUES_RETURN_CREATE", "dues_return", saved.id(), "organizationId", null, organizationId,
                "amountFen", null, saved.amountFen(), "returnedOn", null, saved.returnedOn(), "source", null,
                saved.source(), "note", null, saved.note());
        return saved;
    }

    @Override
    public List<DuesReturn> returns(Caller caller, long organizationId, Integer year) {
        readable(caller, organizationId);
        return tx.inTransaction(em -> em.createQuery("SELECT r FROM ReturnEntity r WHERE r.branchId = :branch"
                        + " AND r.returnedOn BETWEEN :from AND :to ORDER BY r.returnedOn DESC, r.id DESC",
                        ReturnEntity.class)
                .setParameter("branch", organizationId).setParameter("from", from(year)).setParameter("to", to(year))
                .getResultList().stream().map(ReturnEntity::toDto).toList());
    }

    @Override
    public Expense recordExpense(Caller caller, long organizationId, ExpenseInput in) {
        DuesServiceImpl.requireBody(in);
        Organization branch = readable(caller, organizationId);
        BranchScope.requireWrite(caller, branch.streetCode(), organizationId);
        requireActiveBranch(branch);
        Problems p = new Problems();
        amount(p, in.amountFen());
        date(p, "spentOn", in.spentOn());
        p.requireText("purpose", in.purpose(), PaymentRules.NOTE_LENGTH);
        p.requireText("approvedBy", in.approvedBy(), PaymentRules.NAME_LENGTH);
        p.maxLength("note", in.note(), PaymentRules.NOTE_LENGTH);
        p.throwIfAny();
        Expense saved = tx.inTransaction(em -> {
            FundEntity fund = em.find(FundEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
            long version = fund == null ? 0 : fund.getVersion();
            long balance = fund == null ? 0 : fund.balance();
            if (in.balanceVersion() != null && in.balanceVersion() != version) {
                throw ServiceException.conflict("STALE_VERSION");
            }
            if (in.amountFen() > balance) {
                throw ServiceException.conflict("INSUFFICIENT_BALANCE",
                        new FieldProblem("amountFen", "INSUFFICIENT_BALANCE", List.of(String.valueOf(balance))));
            }
            fund.addSpent(in.amountFen());
            ExpenseEntity e = new ExpenseEntity(organizationId, branch.streetCode(), in.amountFen(), in.spentOn(),
                    in.purpose().strip(), in.approvedBy().strip(), DuesServiceImpl.blankToNull(in.note()),
                    caller.username(), clock.instant());
            em.persist(e);
            em.flush();
            return e.toDto();
        });
        audit.record(caller, "DUES_EXPENSE_CREATE", "dues_expense", saved.id(), "organizationId", null,
                organizationId, "amountFen", null, saved.amountFen(), "spentOn", null, saved.spentOn(), "purpose",
                null, saved.purpose(), "approvedBy", null, saved.approvedBy(), "note", null, saved.note());
        return saved;
    }

    @Override
    public List<Expense> expenses(Caller caller, long organizationId, Integer year) {
        readable(caller, organizationId);
        return tx.inTransaction(em -> em.createQuery("SELECT e FROM ExpenseEntity e WHERE e.branchId = :branch"
                        + " AND e.spentOn BETWEEN :from AND :to ORDER BY e.spentOn DESC, e.id DESC",
                        ExpenseEntity.class)
                .setParameter("branch", organizationId).setParameter("from", from(year)).setParameter("to", to(year))
                .getResultList().stream().map(ExpenseEntity::toDto).toList());
    }

    @Override
    public FundBalance balance(Caller caller, long organizationId) {
        readable(caller, organizationId);
        return tx.inTransaction(em -> {
            FundEntity fund = em.find(FundEntity.class, organizationId);
            return fund == null ? new FundBalance(organizationId, 0, 0, 0, 0)
                    : new FundBalance(organizationId, fund.getReturnedFen(), fund.getSpentFen(), fund.balance(),
                    fund.getVersion());
        });
    }

    private Organization readable(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        return org;
    }

    /** Dues are returned to Party branches that still work: 400 for another organization, 409 for a merged one. */
    private static void requireActiveBranch(Organization org) {
        if (org.type() != OrganizationType.BRANCH) {
            throw ServiceException.badRequest("NOT_A_BRANCH", org.id());
        }
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw ServiceException.conflict("ORGANIZATION_NOT_ACTIVE", org.id());
        }
    }

    /** The branch's fund row, locked until the transaction ends; created (empty) on the first return or expense. */
    private static FundEntity lockedFund(EntityManager em, Organization branch) {
        FundEntity fund = em.find(FundEntity.class, branch.id(), LockModeType.PESSIMISTIC_WRITE);
        if (fund == null) {
            // inserted with the first change at the flush: the first return gives version 1. Two first returns at
            // once meet at the primary key and one answers 409 CONSTRAINT_VIOLATION.
            fund = new FundEntity(branch.id(), branch.streetCode());
            em.persist(fund);
        }
        return fund;
    }

    private static void amount(Problems p, Long amountFen) {
        if (p.require("amountFen", amountFen) && amountFen <= 0) {
            p.add("amountFen", "AMOUNT_NOT_POSITIVE");
        }
    }

    private void date(Problems p, String field, LocalDate date) {
        DayChecks.check(p, field, date, LocalDate.now(clock));
    }

    private static LocalDate from(Integer year) {
        return LocalDate.of(year == null ? DuesServiceImpl.FIRST_YEAR : year, 1, 1);
    }

    private static LocalDate to(Integer year) {
        return LocalDate.of(year == null ? DuesServiceImpl.LAST_YEAR : year, 12, 31);
    }
}
