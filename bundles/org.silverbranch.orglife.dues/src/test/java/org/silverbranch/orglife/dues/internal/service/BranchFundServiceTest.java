package org.silverbranch.orglife.dues.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.silverbranch.orglife.dues.internal.FakeCore.DISTRICT;
import static org.silverbranch.orglife.dues.internal.FakeCore.SONGBEI_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.STREET_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_COMMITTEE;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_SECRETARY;
import static org.silverbranch.orglife.dues.internal.FakeCore.VIEWER;
import static org.silverbranch.orglife.dues.internal.service.Fixture.TODAY;

import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.dues.Expense;
import org.silverbranch.orglife.dues.ExpenseInput;
import org.silverbranch.orglife.dues.FundBalance;
import org.silverbranch.orglife.dues.ReturnInput;
import org.silverbranch.orglife.dues.ReturnSource;

public class BranchFundServiceTest {

    private final Fixture f = new Fixture();

    @After
    public void close() {
        f.close();
    }

    private static ServiceException fails(Runnable action) {
        try {
            action.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("a ServiceException was expected");
        return null;
    }

    private static ExpenseInput spend(long fen, Long balanceVersion) {
        return new ExpenseInput(fen, TODAY, "七一慰问困难党员", "支委会", null, balanceVersion);
    }

    @Test
    public void theStreetReturnsDuesTheBranchSpendsThemAndTheBalanceFollows() {
        f.funds.recordReturn(STREET_ADMIN, TIANEHU_BRANCH, new ReturnInput(50_000L, TODAY.minusDays(30),
                ReturnSource.STREET, "2026 年上半年返还"));
        Expense e = f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH, spend(20_000, 1L));
        assertEquals("支委会", e.approvedBy());
        FundBalance b = f.funds.balance(VIEWER, TIANEHU_BRANCH);
        assertEquals(50_000, b.returnedFen());
        assertEquals(20_000, b.spentFen());
        assertEquals(30_000, b.balanceFen());
        assertEquals(2, b.version());
        assertEquals(1, f.funds.returns(TIANEHU_SECRETARY, TIANEHU_BRANCH, 2026).size());
        assertEquals(0, f.funds.returns(TIANEHU_SECRETARY, TIANEHU_BRANCH, 2025).size());
        assertEquals(List.of(e), f.funds.expenses(TIANEHU_SECRETARY, TIANEHU_BRANCH, null));
        assertEquals(2, f.core.audit.lines().size());
    }

    @Test
    public void spendingBeyondTheBalanceIs409AndWritesNothing() {
        ServiceException empty = fails(() -> f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH,
                spend(1, null)));
        assertEquals(ErrorKind.CONFLICT, empty.kind());
        assertEquals(List.of(new FieldProblem("amountFen", "INSUFFICIENT_BALANCE", List.of("0"))), empty.fields());
        f.funds.recordReturn(DISTRICT, TIANEHU_BRANCH, new ReturnInput(10_000L, TODAY, ReturnSource.DISTRICT, null));
        ServiceException over = fails(() -> f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH,
                spend(10_001, null)));
        assertEquals("INSUFFICIENT_BALANCE", over.code());
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_dues_expense"));
        assertEquals(10_000, f.funds.balance(TIANEHU_SECRETARY, TIANEHU_BRANCH).balanceFen());
        f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH, spend(10_000, null));
        assertEquals(0, f.funds.balance(TIANEHU_SECRETARY, TIANEHU_BRANCH).balanceFen());
    }

    @Test
    public void aStaleBalanceVersionIs409() {
        f.funds.recordReturn(STREET_ADMIN, TIANEHU_BRANCH, new ReturnInput(10_000L, TODAY, ReturnSource.STREET, null));
        f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH, spend(1_000, 1L));
        ServiceException stale = fails(() -> f.funds.recordExpense(TIANEHU_SECRETARY, TIANEHU_BRANCH,
                spend(1_000, 1L)));
        assertEquals("STALE_VERSION", stale.code());
        assertEquals(9_000, f.funds.balance(TIANEHU_SECRETARY, TIANEHU_BRANCH).balanceFen());
    }

    @Test
    public void onlyTheStreetOrDistrictRecordsReturnsAndOnlyToABranch() {
        ReturnInput in = new ReturnInput(10_000L, TODAY, ReturnSource.STREET, null);
        assertEquals(ErrorKind.FORBIDDEN, fails(() -> f.funds.recordReturn(TIANEHU_SECRETARY, TIANEHU_BRANCH, in))
                .kind());
        assertEquals(ErrorKind.NOT_FOUND, fails(() -> f.funds.recordReturn(SONGBEI_ADMIN, TIANEHU_BRANCH, in))
                .kind());
        assertEquals(ErrorKind.FORBIDDEN, fails(() -> f.funds.recordExpense(VIEWER, TIANEHU_BRANCH, spend(1, null)))
                .kind());
        assertEquals("NOT_A_BRANCH", fails(() -> f.funds.recordReturn(STREET_ADMIN, TIANEHU_COMMITTEE, in)).code());
    }

    @Test
    public void badInputIs400NamingEveryField() {
        ServiceException e = fails(() -> f.funds.recordReturn(STREET_ADMIN, TIANEHU_BRANCH,
                new ReturnInput(0L, TODAY.plusDays(1), null, null)));
        assertEquals(List.of("amountFen:AMOUNT_NOT_POSITIVE", "returnedOn:DATE_IN_FUTURE", "source:REQUIRED"),
                e.fields().stream().map(p -> p.field() + ":" + p.code()).toList());
        ServiceException x = fails(() -> f.funds.recordExpense(STREET_ADMIN, TIANEHU_BRANCH,
                new ExpenseInput(-1L, null, " ", null, null, null)));
        assertEquals(List.of("amountFen:AMOUNT_NOT_POSITIVE", "spentOn:REQUIRED", "purpose:REQUIRED",
                "approvedBy:REQUIRED"), x.fields().stream().map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    public void daysBefore1921OrPastAnyYearTheDatabaseHoldsAre400AndNothingIsStored() {
        for (LocalDate day : List.of(LocalDate.of(202, 11, 5), LocalDate.of(1920, 12, 31))) {
            ServiceException r = fails(() -> f.funds.recordReturn(STREET_ADMIN, TIANEHU_BRANCH,
                    new ReturnInput(100L, day, ReturnSource.STREET, null)));
            assertEquals(ErrorKind.BAD_REQUEST, r.kind());
            assertEquals(List.of("returnedOn:DATE_TOO_EARLY"), codes(r));
            ServiceException s = fails(() -> f.funds.recordExpense(STREET_ADMIN, TIANEHU_BRANCH,
                    new ExpenseInput(100L, day, "慰问", "支委会", null, null)));
            assertEquals(List.of("spentOn:DATE_TOO_EARLY"), codes(s));
        }
        assertEquals(List.of("returnedOn:DATE_IN_FUTURE"), codes(fails(() -> f.funds.recordReturn(STREET_ADMIN,
                TIANEHU_BRANCH, new ReturnInput(100L, LocalDate.of(10000, 1, 1), ReturnSource.STREET, null)))));
        assertEquals(List.of("spentOn:DATE_IN_FUTURE"), codes(fails(() -> f.funds.recordExpense(STREET_ADMIN,
                TIANEHU_BRANCH, new ExpenseInput(100L, LocalDate.of(10000, 1, 1), "慰问", "支委会", null, null)))));
        assertEquals(0, f.funds.balance(STREET_ADMIN, TIANEHU_BRANCH).returnedFen());
        // the first day of the range is accepted
        f.funds.recordReturn(STREET_ADMIN, TIANEHU_BRANCH, new ReturnInput(100L, LocalDate.of(1921, 1, 1),
                ReturnSource.STREET, null));
        assertEquals(100, f.funds.balance(STREET_ADMIN, TIANEHU_BRANCH).returnedFen());
    }

    private static List<String> codes(ServiceException e) {
        return e.fields().stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
