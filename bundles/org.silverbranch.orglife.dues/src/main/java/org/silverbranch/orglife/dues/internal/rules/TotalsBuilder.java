package org.silverbranch.orglife.dues.internal.rules;

import org.silverbranch.orglife.dues.DuesTotals;

/** Adds up member lines into {@link DuesTotals}. Not thread-safe. */
public final class TotalsBuilder {

    private int members;
    private int withoutPension;
    private int monthsDue;
    private int monthsPaid;
    private int monthsOwed;
    private int monthsOwedUnknown;
    private long paidFen;
    private long owedFen;
    private int advanceMonths;
    private long advanceFen;

    public TotalsBuilder add(MemberLine line) {
        if (!line.counted()) {
            return this;
        }
        members++;
        if (line.missingPension()) {
            withoutPension++;
        }
        monthsDue += line.monthsDue();
        monthsPaid += line.monthsPaid();
        monthsOwed += line.monthsOwed();
        paidFen += line.paidFen();
        if (line.owedFen() == null) {
            monthsOwedUnknown += line.monthsOwed();
        } else {
            owedFen += line.owedFen();
        }
        advanceMonths += line.advanceMonths();
        advanceFen += line.advanceFen();
        return this;
    }

    public DuesTotals build(String period) {
        long dueFen = paidFen + owedFen;
        return new DuesTotals(period, members, withoutPension, monthsDue, monthsPaid, monthsOwed, monthsOwedUnknown,
                dueFen, paidFen, owedFen, Percent.of(paidFen, dueFen), Percent.of(monthsPaid, monthsDue),
                advanceMonths, advanceFen);
    }
}
