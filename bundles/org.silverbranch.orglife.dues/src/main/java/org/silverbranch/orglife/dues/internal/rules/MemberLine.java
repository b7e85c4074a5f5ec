package org.silverbranch.orglife.dues.internal.rules;

import java.time.YearMonth;

import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.MemberArrears;

/**
 * A member's dues over a period: the months of the period up to the current month from the obligation start are due;
 * of those the paid ones are paid (at the amount paid), the others owed at the member's current monthly due (unknown
 * without a declared pension). A member no longer active owes nothing: only the months they paid count as due.
 *
 * @param counted whether the member belongs in the figures: active, or paid a month of the period
 * @param owedFen null when months are owed and the due is unknown
 */
public record MemberLine(MemberFacts member, boolean counted, Long monthlyDueFen, int monthsDue, int monthsPaid,
                         long paidFen, int monthsOwed, Long owedFen, int advanceMonths, long advanceFen,
                         YearMonth lastPaid, int consecutiveMonthsOwed) {

    public static MemberLine of(MemberFacts m, PaidSummary paid, Period period, YearMonth current,
                                DuesSettings settings) {
        YearMonth obligationStart = Obligation.start(m.active(), m.joinedPartyOn(), settings);
        Long monthlyDue = DuesRate.monthlyDue(DuesRate.standardDue(m.monthlyPensionFen(), settings),
                m.voluntaryMonthlyFen());
        int owed = 0;
        if (obligationStart != null) {
            YearMonth from = Months.max(period.first(), obligationStart);
            YearMonth to = Months.min(period.last(), current);
            owed = Math.max(0, Months.countInclusive(from, to) - paid.dueMonths());
        }
        Long owedFen = owed == 0 ? Long.valueOf(0) : monthlyDue == null ? null : owed * monthlyDue;
        int consecutive = Obligation.consecutiveOwed(obligationStart, paid.lastPaidUpToCurrent(), current);
        boolean counted = m.active() || paid.dueMonths() > 0 || paid.advanceMonths() > 0;
        return new MemberLine(m, counted, monthlyDue, paid.dueMonths() + owed, paid.dueMonths(), paid.dueFen(), owed,
                owedFen, paid.advanceMonths(), paid.advanceFen(), paid.lastPaid(), consecutive);
    }

    public MemberArrears toArrears() {
        return new MemberArrears(member.memberId(), member.name(), member.branchId(), member.active(),
                member.pensionDeclared(), monthlyDueFen, monthsPaid, paidFen, monthsOwed, owedFen, lastPaid,
                consecutiveMonthsOwed);
    }

    /** An active member whose due is unknown: the branch should ask for the pension. */
    public boolean missingPension() {
        return member.active() && monthlyDueFen == null;
    }
}
