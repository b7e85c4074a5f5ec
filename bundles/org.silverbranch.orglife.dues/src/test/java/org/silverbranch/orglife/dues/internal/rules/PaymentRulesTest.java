package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.orglife.dues.AdvanceConsent;
import org.silverbranch.orglife.dues.PaidBy;
import org.silverbranch.orglife.dues.PaymentInput;
import org.silverbranch.orglife.dues.PaymentMethod;

public class PaymentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final YearMonth START = YearMonth.of(2026, 1);
    private static final long DUE = 2_500;

    private static List<String> problems(PaymentInput in, Long monthlyDue) {
        return PaymentRules.check(in, START, monthlyDue, TODAY, DuesSettings.DEFAULTS).list().stream()
                .map(PaymentRulesTest::text).toList();
    }

    private static String text(FieldProblem p) {
        return p.field() + ":" + p.code() + (p.args().isEmpty() ? "" : p.args());
    }

    private static PaymentInput pay(long amount, String... months) {
        return new PaymentInput(Arrays.stream(months).map(YearMonth::parse).toList(), amount, PaymentMethod.CASH,
                TODAY, PaidBy.SELF, null, null, null);
    }

    @Test
    public void aPaymentOfTheMonthsDuesIsAccepted() {
        assertEquals(List.of(), problems(pay(3 * DUE, "2026-09", "2026-10", "2026-11"), DUE));
    }

    @Test
    public void aNegativeOrZeroAmountIsRefused() {
        assertEquals(List.of("amountFen:AMOUNT_NOT_POSITIVE"), problems(pay(-2_500, "2026-11"), DUE));
        assertEquals(List.of("amountFen:AMOUNT_NOT_POSITIVE"), problems(pay(0, "2026-11"), DUE));
    }

    @Test
    public void anAmountOtherThanTheSumOfTheMonthsIsRefusedNamingTheSum() {
        assertEquals(List.of("amountFen:AMOUNT_MISMATCH[5000, 2, 2500]"), problems(pay(5_001, "2026-10", "2026-11"),
                DUE));
        assertEquals(List.of("amountFen:AMOUNT_MISMATCH[5000, 2, 2500]"), problems(pay(4_999, "2026-10", "2026-11"),
                DUE));
    }

    @Test
    public void withoutADeclaredPensionNothingCanBeCheckedSoNothingIsTaken() {
        assertEquals(List.of("amountFen:PENSION_NOT_DECLARED"), problems(pay(2_500, "2026-11"), null));
    }

    @Test
    public void aMonthBeforeTheObligationOrTwiceInOnePaymentIsRefused() {
        assertEquals(List.of("months[0]:MONTH_BEFORE_OBLIGATION[2025-12, 2026-01]", "months[2]:DUPLICATE_MONTH[2026-01]"),
                problems(pay(3 * DUE, "2025-12", "2026-01", "2026-01"), DUE));
    }

    @Test
    public void advancePaymentNeedsTheBranchsConsentAndReachesSixMonthsAhead() {
        PaymentInput noConsent = pay(2 * DUE, "2026-12", "2027-01");
        assertEquals(List.of("advanceConsent:ADVANCE_CONSENT_REQUIRED"), problems(noConsent, DUE));
        PaymentInput halfYear = new PaymentInput(List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 5)), 2 * DUE,
                PaymentMethod.WECHAT, TODAY, PaidBy.SELF, null, new AdvanceConsent("张书记", TODAY.minusDays(1)), null);
        assertEquals(List.of(), problems(halfYear, DUE));
        PaymentInput tooFar = new PaymentInput(List.of(YearMonth.of(2027, 6)), DUE, PaymentMethod.WECHAT, TODAY,
                PaidBy.SELF, null, new AdvanceConsent("张书记", null), null);
        assertEquals(List.of("months[0]:MONTH_TOO_FAR_AHEAD[2027-06, 2027-05]"), problems(tooFar, DUE));
    }

    @Test
    public void theConsentCannotComeAfterThePayment() {
        PaymentInput late = new PaymentInput(List.of(YearMonth.of(2026, 12)), DUE, PaymentMethod.CASH,
                TODAY.minusDays(3), PaidBy.SELF, null, new AdvanceConsent("张书记", TODAY), null);
        assertEquals(List.of("advanceConsent.approvedOn:CONSENT_AFTER_PAYMENT"), problems(late, DUE));
    }

    @Test
    public void aProxyIsNamedAndAMemberPayingThemselvesIsNot() {
        PaymentInput family = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH, TODAY,
                PaidBy.FAMILY, " ", null, null);
        assertEquals(List.of("proxyName:REQUIRED"), problems(family, DUE));
        PaymentInput specialist = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH, TODAY,
                PaidBy.SPECIALIST, "刘专员", null, null);
        assertEquals(List.of(), problems(specialist, DUE));
        PaymentInput self = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH, TODAY,
                PaidBy.SELF, "刘专员", null, null);
        assertEquals(List.of("proxyName:PROXY_NAME_NOT_ALLOWED"), problems(self, DUE));
    }

    @Test
    public void everyMissingFieldIsReportedAtOnce() {
        List<String> p = problems(new PaymentInput(null, null, null, null, null, null, null, null), DUE);
        assertEquals(List.of("months:REQUIRED", "amountFen:REQUIRED", "method:REQUIRED", "paidOn:REQUIRED",
                "paidBy:REQUIRED"), p);
    }

    @Test
    public void aPaymentDatedTomorrowIsRefused() {
        PaymentInput tomorrow = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH,
                TODAY.plusDays(1), PaidBy.SELF, null, null, null);
        assertTrue(problems(tomorrow, DUE).contains("paidOn:DATE_IN_FUTURE"));
    }

    @Test
    public void aPaymentDayBefore1921IsATypingSlipAndRefused() {
        PaymentInput slip = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH,
                LocalDate.of(202, 11, 5), PaidBy.SELF, null, null, null);
        assertEquals(List.of("paidOn:DATE_TOO_EARLY[1921-01-01]"), problems(slip, DUE));
        PaymentInput edge = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH,
                LocalDate.of(1920, 12, 31), PaidBy.SELF, null, null, null);
        assertEquals(List.of("paidOn:DATE_TOO_EARLY[1921-01-01]"), problems(edge, DUE));
        PaymentInput first = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH,
                LocalDate.of(1921, 1, 1), PaidBy.SELF, null, null, null);
        assertEquals(List.of(), problems(first, DUE));
        PaymentInput farFuture = new PaymentInput(List.of(YearMonth.of(2026, 11)), DUE, PaymentMethod.CASH,
                LocalDate.of(10000, 1, 1), PaidBy.SELF, null, null, null);
        assertEquals(List.of("paidOn:DATE_IN_FUTURE"), problems(farFuture, DUE));
    }
}
