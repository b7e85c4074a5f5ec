package org.silverbranch.orglife.dues.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which months a member owes. A Party member pays dues from the month of joining the Party (probationary members
 * too); the platform holds no records before the district's start month, so nobody owes an earlier month. An active
 * member owes every month from then on up to the current month. The core records no date for a transfer out of the
 * district or a death, so a member who is no longer active owes nothing at all: their paid months stay paid, their
 * unpaid months are not due (rather than guessing an end month).
 */
public final class Obligation {

    private Obligation() {
    }

    /** The first month owed; null when the member owes nothing (not active). */
    public static YearMonth start(boolean active, LocalDate joinedPartyOn, DuesSettings settings) {
        if (!active) {
            return null;
        }
        return joinedPartyOn == null ? settings.startMonth()
                : Months.max(YearMonth.from(joinedPartyOn), settings.startMonth());
    }

    /**
     * Unpaid months in a row ending with {@code asOf} (included): from the month after the last paid one (at most
     * {@code asOf}), but not before the obligation starts.
     *
     * @param lastPaidUpToAsOf the latest paid month not after {@code asOf}, or null
     */
    public static int consecutiveOwed(YearMonth obligationStart, YearMonth lastPaidUpToAsOf, YearMonth asOf) {
        if (obligationStart == null) {
            return 0;
        }
        YearMonth from = lastPaidUpToAsOf == null ? obligationStart
                : Months.max(obligationStart, lastPaidUpToAsOf.plusMonths(1));
        return Months.countInclusive(from, asOf);
    }

    /** Months due from the obligation start to {@code asOf} not paid, given how many of them were paid. */
    public static int owed(YearMonth obligationStart, YearMonth asOf, int paidMonths) {
        if (obligationStart == null) {
            return 0;
        }
        return Math.max(0, Months.countInclusive(obligationStart, asOf) - paidMonths);
    }
}
