package org.silverbranch.orglife.dues.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.dues.AdvanceConsent;
import org.silverbranch.orglife.dues.PaymentInput;

/**
 * The checks of a payment that need no database: every problem at once (400 {@code VALIDATION_FAILED}).
 * <ul>
 * <li>months: at least one, at most {@value #MAX_MONTHS}, each once; none before the member's obligation starts;
 * none more than {@code maxAdvanceMonths} after the current month (advance payment by quarter or half-year, 中组发
 * 〔2008〕3号); a month after the current one needs the branch's consent, recorded</li>
 * <li>amount: above 0 and exactly the months times the member's monthly due. An overpayment is refused rather than
 * taken as a voluntary higher due: a typing error must not become a commitment. A member who pays more sets the
 * voluntary monthly amount first.</li>
 * <li>the day paid (and of the consent): from 1921-01-01 to today ({@link DayChecks})</li>
 * <li>a proxy (family, specialist) is named; a member paying themselves has no proxy name</li>
 * </ul>
 */
public final class PaymentRules {

    public static final int MAX_MONTHS = 24;
    public static final int NAME_LENGTH = 50;
    public static final int NOTE_LENGTH = 200;

    private PaymentRules() {
    }

    /**
     * @param obligationStart the member's first month owed (not null: the member is active)
     * @param monthlyDue      the member's monthly due, null when unknown (no pension declared)
     * @param today           the day, in the district's time zone
     */
    public static Problems check(PaymentInput in, YearMonth obligationStart, Long monthlyDue, LocalDate today,
                                 DuesSettings settings) {
        Problems p = new Problems();
        YearMonth current = YearMonth.from(today);
        YearMonth latest = current.plusMonths(settings.maxAdvanceMonths());
        List<YearMonth> months = in.months();
        boolean advance = false;
        if (p.require("months", months)) {
            if (months.size() > MAX_MONTHS) {
                p.add("months", "TOO_MANY_ITEMS", MAX_MONTHS);
            }
            Set<YearMonth> seen = new HashSet<>();
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                String field = "months[" + i + "]";
                if (m == null) {
                    p.add(field, "REQUIRED");
                } else if (!seen.add(m)) {
                    p.add(field, "DUPLICATE_MONTH", m);
                } else if (m.isBefore(obligationStart)) {
                    p.add(field, "MONTH_BEFORE_OBLIGATION", m, obligationStart);
                } else if (m.isAfter(latest)) {
                    p.add(field, "MONTH_TOO_FAR_AHEAD", m, latest);
                } else if (m.isAfter(current)) {
                    advance = true;
                }
            }
        }
        if (p.require("amountFen", in.amountFen())) {
            if (in.amountFen() <= 0) {
                p.add("amountFen", "AMOUNT_NOT_POSITIVE");
            } else if (monthlyDue == null) {
                p.add("amountFen", "PENSION_NOT_DECLARED");
            } else if (months != null && p.isEmpty()) {
                long expected = Math.multiplyExact(monthlyDue, (long) months.size());
                if (in.amountFen() != expected) {
                    p.add("amountFen", "AMOUNT_MISMATCH", expected, months.size(), monthlyDue);
                }
            }
        }
        p.require("method", in.method());
        DayChecks.check(p, "paidOn", in.paidOn(), today);
        if (p.require("paidBy", in.paidBy())) {
            if (in.paidBy().isProxy()) {
                p.requireText("proxyName", in.proxyName(), NAME_LENGTH);
            } else if (in.proxyName() != null && !in.proxyName().isBlank()) {
                p.add("proxyName", "PROXY_NAME_NOT_ALLOWED");
            }
        }
        AdvanceConsent consent = in.advanceConsent();
        if (advance && consent == null) {
            p.add("advanceConsent", "ADVANCE_CONSENT_REQUIRED");
        } else if (consent != null) {
            p.requireText("advanceConsent.approvedBy", consent.approvedBy(), NAME_LENGTH);
            LocalDate on = consent.approvedOn();
            if (on != null && DayChecks.check(p, "advanceConsent.approvedOn", on, today) && in.paidOn() != null
                    && on.isAfter(in.paidOn())) {
                p.add("advanceConsent.approvedOn", "CONSENT_AFTER_PAYMENT");
            }
        }
        p.maxLength("note", in.note(), NOTE_LENGTH);
        return p;
    }
}
