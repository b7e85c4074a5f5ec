package org.silverbranch.orglife.dues.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.silverbranch.orglife.dues.internal.FakeCore.DISTRICT;
import static org.silverbranch.orglife.dues.internal.FakeCore.SONGBEI_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.STREET_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_SECRETARY;
import static org.silverbranch.orglife.dues.internal.FakeCore.VIEWER;
import static org.silverbranch.orglife.dues.internal.FakeCore.YIYUAN_SECRETARY;
import static org.silverbranch.orglife.dues.internal.service.Fixture.TODAY;
import static org.silverbranch.orglife.dues.internal.service.Fixture.pay;
import static org.silverbranch.orglife.dues.internal.service.Fixture.payInAdvance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.MonthStatus;
import org.silverbranch.orglife.dues.PaidBy;
import org.silverbranch.orglife.dues.Payment;
import org.silverbranch.orglife.dues.PaymentInput;
import org.silverbranch.orglife.dues.PaymentMethod;
import org.silverbranch.orglife.dues.VoluntaryAmount;
import org.silverbranch.orglife.dues.VoluntaryInput;

public class DuesServiceTest {

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

    private long paidMonthRows() {
        return f.db.count("SELECT COUNT(*) FROM ol_dues_paid_month");
    }

    @Test
    public void aPaymentCoversItsMonthsAtTheMembersDueAndIsAudited() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 499_999L);
        Payment p = f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(7_500, "2026-10", "2026-09", "2026-11"));
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)), p.months());
        assertEquals(List.of(2_500L, 2_500L, 2_500L), p.monthlyFen());
        assertEquals("tianehu", p.recordedBy());
        assertEquals(List.of("DUES_PAYMENT_CREATE dues_payment " + p.id()), f.core.audit.lines());
        assertEquals(Arrays.asList(null, "7500"), f.core.audit.changes().get(0).get("amountFen"));

        MemberDues year = f.dues.memberDues(STREET_ADMIN, m.id(), 2026);
        assertEquals(MonthStatus.PAID, year.months().get(8).status());
        assertEquals(Long.valueOf(p.id()), year.months().get(10).paymentId());
        assertEquals(MonthStatus.OWED, year.months().get(7).status());
        assertEquals(MonthStatus.UPCOMING, year.months().get(11).status());
        assertEquals(8, year.monthsOwed());
        assertEquals(Long.valueOf(8 * 2_500), year.owedFen());
        assertEquals(7_500, year.paidFen());
        assertTrue(year.pensionDeclared());
    }

    @Test
    public void aMonthAlreadyPaidIs409NamingTheMonthAndNothingIsWritten() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 500_000L);
        f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(2_500, "2026-10"));
        long before = paidMonthRows();
        ServiceException e = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(),
                pay(7_500, "2026-09", "2026-10", "2026-11")));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals("MONTH_ALREADY_PAID", e.code());
        assertEquals(List.of(new FieldProblem("months[1]", "MONTH_ALREADY_PAID", List.of("2026-10"))), e.fields());
        assertEquals(before, paidMonthRows());
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ol_dues_payment"));
        assertEquals(1, f.core.audit.lines().size());
    }

    @Test
    public void badInputIs400WithFieldProblemsAndWritesNothing() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 500_001L);
        ServiceException negative = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(-5_000,
                "2026-11")));
        assertEquals(ErrorKind.BAD_REQUEST, negative.kind());
        assertEquals("amountFen", negative.fields().get(0).field());
        assertEquals("AMOUNT_NOT_POSITIVE", negative.fields().get(0).code());
        ServiceException mismatch = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(2_500,
                "2026-11")));
        assertEquals(List.of(new FieldProblem("amountFen", "AMOUNT_MISMATCH", List.of("5000", "1", "5000"))),
                mismatch.fields());
        ServiceException early = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(5_000,
                "2025-12")));
        assertEquals("MONTH_BEFORE_OBLIGATION", early.fields().get(0).code());
        ServiceException farAhead = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), payInAdvance(5_000,
                "2027-06")));
        assertEquals("MONTH_TOO_FAR_AHEAD", farAhead.fields().get(0).code());
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_dues_payment"));
        assertEquals(0, paidMonthRows());
        assertTrue(f.core.audit.lines().isEmpty());
    }

    @Test
    public void advancePaymentAcrossTheYearBoundaryShowsInBothYears() {
        Member m = f.core.member("李建国", TIANEHU_BRANCH, 600_000L);
        f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(66_000, "2026-01", "2026-02", "2026-03", "2026-04",
                "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"));
        Payment advance = f.dues.recordPayment(TIANEHU_SECRETARY, m.id(),
                payInAdvance(18_000, "2026-12", "2027-01", "2027-02"));
        assertEquals("张书记", advance.advanceConsent().approvedBy());
        assertEquals(TODAY.minusDays(2), advance.advanceConsent().approvedOn());

        MemberDues y2026 = f.dues.memberDues(TIANEHU_SECRETARY, m.id(), 2026);
        assertEquals(12, y2026.monthsPaid());
        assertEquals(0, y2026.monthsOwed());
        MemberDues y2027 = f.dues.memberDues(TIANEHU_SECRETARY, m.id(), 2027);
        assertEquals(MonthStatus.PAID, y2027.months().get(1).status());
        assertEquals(MonthStatus.UPCOMING, y2027.months().get(2).status());
        assertEquals(12_000, y2027.paidFen());

        // in March 2027 the paid-ahead months are past: one month owed, none before it
        f.setNow(LocalDate.of(2027, 3, 10).atTime(9, 0));
        MemberDues march = f.dues.memberDues(TIANEHU_SECRETARY, m.id(), 2027);
        assertEquals(1, march.monthsOwed());
        assertEquals(MonthStatus.OWED, march.months().get(2).status());
    }

    @Test
    public void advanceWithoutTheBranchsConsentIsRefused() {
        Member m = f.core.member("李建国", TIANEHU_BRANCH, 600_000L);
        ServiceException e = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(6_000, "2026-12")));
        assertEquals(List.of(new FieldProblem("advanceConsent", "ADVANCE_CONSENT_REQUIRED", List.of())), e.fields());
    }

    @Test
    public void aProxyPaymentRecordsWhoPaid() {
        Member m = f.core.member("赵淑珍", TIANEHU_BRANCH, 320_000L);
        Payment p = f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), new PaymentInput(List.of(YearMonth.of(2026, 11)),
                1_600L, PaymentMethod.ALIPAY, TODAY, PaidBy.FAMILY, "赵小明", null, "女儿代交"));
        assertEquals(1, f.dues.payments(STREET_ADMIN, m.id(), null).size());
        assertEquals(0, f.dues.payments(STREET_ADMIN, m.id(), 2025).size());
        List<Payment> listed = f.dues.payments(STREET_ADMIN, m.id(), 2026);
        assertEquals(1, listed.size());
        assertEquals(PaidBy.FAMILY, listed.get(0).paidBy());
        assertEquals("赵小明", listed.get(0).proxyName());
        assertEquals("女儿代交", listed.get(0).note());
        assertEquals(p.id(), listed.get(0).id());
        assertEquals(List.of(YearMonth.of(2026, 11)), listed.get(0).months());
    }

    @Test
    public void theVoluntaryAmountIsWhatLaterPaymentsMustMatchAndItsVersionIsChecked() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 500_000L);
        ServiceException below = fails(() -> f.dues.setVoluntary(TIANEHU_SECRETARY, m.id(),
                new VoluntaryInput(2_000L, 0L)));
        assertEquals(List.of(new FieldProblem("voluntaryMonthlyFen", "VOLUNTARY_BELOW_DUE", List.of("2500"))),
                below.fields());
        VoluntaryAmount set = f.dues.setVoluntary(TIANEHU_SECRETARY, m.id(), new VoluntaryInput(10_000L, 0L));
        assertEquals(1, set.accountVersion());
        assertEquals(Long.valueOf(2_500), set.standardMonthlyFen());
        ServiceException stale = fails(() -> f.dues.setVoluntary(TIANEHU_SECRETARY, m.id(),
                new VoluntaryInput(null, 0L)));
        assertEquals("STALE_VERSION", stale.code());
        assertEquals(ErrorKind.CONFLICT, stale.kind());

        ServiceException old = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(2_500, "2026-11")));
        assertEquals("AMOUNT_MISMATCH", old.fields().get(0).code());
        Payment p = f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(10_000, "2026-11"));
        assertEquals(List.of(10_000L), p.monthlyFen());
        MemberDues d = f.dues.memberDues(TIANEHU_SECRETARY, m.id(), 2026);
        assertEquals(Long.valueOf(10_000), d.monthlyDueFen());
        assertEquals(1, d.accountVersion());

        VoluntaryAmount removed = f.dues.setVoluntary(TIANEHU_SECRETARY, m.id(), new VoluntaryInput(null, 1L));
        assertNull(removed.voluntaryMonthlyFen());
        assertEquals(2, removed.accountVersion());
        assertEquals(Arrays.asList("10000", null), f.core.audit.changes().get(f.core.audit.changes().size() - 1)
                .get("voluntaryMonthlyFen"));
    }

    @Test
    public void withoutAPensionNothingCanBePaidAndTheDueShowsAsUnknown() {
        Member m = f.core.member("孙立华", TIANEHU_BRANCH, null);
        ServiceException e = fails(() -> f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), pay(2_500, "2026-11")));
        assertEquals("PENSION_NOT_DECLARED", e.fields().get(0).code());
        MemberDues d = f.dues.memberDues(TIANEHU_SECRETARY, m.id(), 2026);
        assertNull(d.owedFen());
        assertEquals(11, d.monthsOwed());
    }

    @Test
    public void aMemberTransferredOutOrDeceasedTakesNoPaymentAndOwesNothing() {
        Member m = f.core.member("周国强", TIANEHU_BRANCH, 500_000L, LocalDate.of(1970, 1, 1), MemberStatus.DECEASED);
        ServiceException e = fails(() -> f.dues.recordPayment(STREET_ADMIN, m.id(), pay(2_500, "2026-11")));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals("MEMBER_NOT_ACTIVE", e.code());
        assertEquals(0, f.dues.memberDues(STREET_ADMIN, m.id(), 2026).monthsOwed());
    }

    @Test
    public void scopeAnotherStreetIsNotFoundAnotherBranchNotFoundAReadOnlyRoleForbidden() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 500_000L);
        assertEquals(ErrorKind.NOT_FOUND, fails(() -> f.dues.memberDues(SONGBEI_ADMIN, m.id(), 2026)).kind());
        assertEquals(ErrorKind.NOT_FOUND, fails(() -> f.dues.recordPayment(YIYUAN_SECRETARY, m.id(),
                pay(2_500, "2026-11"))).kind());
        assertEquals(11, f.dues.memberDues(VIEWER, m.id(), 2026).monthsOwed());
        assertEquals(ErrorKind.FORBIDDEN, fails(() -> f.dues.recordPayment(VIEWER, m.id(),
                pay(2_500, "2026-11"))).kind());
        f.dues.recordPayment(DISTRICT, m.id(), pay(2_500, "2026-11"));
    }

    @Test
    public void theLedgerShowsPaymentsOfTheYearAndMonthsOwed() {
        Member m = f.core.member("王秀兰", TIANEHU_BRANCH, 500_000L);
        f.dues.recordPayment(TIANEHU_SECRETARY, m.id(), new PaymentInput(List.of(YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)), 5_000L, PaymentMethod.WECHAT, LocalDate.of(2026, 2, 10), PaidBy.SPECIALIST,
                "刘专员", null, null));
        f.setNow(LocalDate.of(2026, 4, 5).atTime(9, 0));
        List<LedgerEntry> entries = f.ledger.entries(TIANEHU_SECRETARY, m.id(), 2026);
        assertEquals(3, entries.size());
        LedgerEntry payment = entries.get(0);
        assertEquals("core", payment.source());
        assertEquals("DUES_PAYMENT", payment.kind());
        assertEquals(LocalDate.of(2026, 2, 10), payment.date());
        assertEquals("缴纳党费 2026年1月—2026年2月（2个月，微信，服务专员代缴：刘专员）", payment.title());
        assertEquals("50.00", payment.quantity().toPlainString());
        assertEquals("DUES_OWED", entries.get(1).kind());
        assertEquals(LocalDate.of(2026, 3, 1), entries.get(1).date());
        assertEquals("党费未缴 2026年3月", entries.get(1).title());
        assertEquals("25.00", entries.get(1).quantity().toPlainString());
        assertEquals(LocalDate.of(2026, 4, 1), entries.get(2).date());
    }
}
