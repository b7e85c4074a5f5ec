package org.silverbranch.orglife.dues.internal.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.MonthDues;
import org.silverbranch.orglife.dues.MonthStatus;

/** The twelve months of a member's year with due, paid and owed (see {@link Obligation} for which months are due). */
public final class MemberYear {

    /** A month paid: at which amount, by which payment. */
    public record PaidMonth(long amountFen, long paymentId) {
    }

    private MemberYear() {
    }

    public static MemberDues compute(MemberFacts m, Map<YearMonth, PaidMonth> paid, int year, YearMonth current,
                                     DuesSettings settings, long accountVersion) {
        YearMonth start = Obligation.start(m.active(), m.joinedPartyOn(), settings);
        Long standard = DuesRate.standardDue(m.monthlyPensionFen(), settings);
        Long monthlyDue = DuesRate.monthlyDue(standard, m.voluntaryMonthlyFen());
        List<MonthDues> months = new ArrayList<>();
        long dueFen = 0;
        long paidFen = 0;
        long owedFen = 0;
        boolean unknown = false;
        int monthsPaid = 0;
        int monthsOwed = 0;
        for (int i = 1; i <= 12; i++) {
            YearMonth month = YearMonth.of(year, i);
            PaidMonth p = paid.get(month);
            if (p != null) {
                months.add(new MonthDues(month, MonthStatus.PAID, p.amountFen(), p.amountFen(), 0L, p.paymentId()));
                paidFen += p.amountFen();
                monthsPaid++;
                if (!month.isAfter(current)) {
                    dueFen += p.amountFen();
                }
            } else if (start == null || month.isBefore(start)) {
                months.add(new MonthDues(month, MonthStatus.NOT_DUE, null, 0, 0L, null));
            } else if (month.isAfter(current)) {
                months.add(new MonthDues(month, MonthStatus.UPCOMING, monthlyDue, 0, 0L, null));
            } else {
                months.add(new MonthDues(month, MonthStatus.OWED, monthlyDue, 0, monthlyDue, null));
                monthsOwed++;
                if (monthlyDue == null) {
                    unknown = true;
                } else {
                    dueFen += monthlyDue;
                    owedFen += monthlyDue;
                }
            }
        }
        return new MemberDues(m.memberId(), m.name(), m.branchId(), m.streetCode(), year, m.pensionDeclared(),
                standard, m.voluntaryMonthlyFen(), monthlyDue, start, months, unknown ? null : dueFen, paidFen,
                unknown ? null : owedFen, monthsPaid, monthsOwed, accountVersion);
    }
}
