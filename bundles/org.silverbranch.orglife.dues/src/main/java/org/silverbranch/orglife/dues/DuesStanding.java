package org.silverbranch.orglife.dues;

import java.time.YearMonth;

/**
 * Where a member stands with dues as of a month, for the six-month watch (Party Constitution art. 9: six
 * consecutive months without paying dues without a valid reason counts as leaving the Party; the platform warns at
 * 3 and 5 months, it never acts).
 *
 * @param asOf                  the month asked for (included)
 * @param obligationStart       the first month the member owes; null when the member owes nothing (not active)
 * @param lastPaidMonth         the latest month paid up to {@code asOf}, or null
 * @param consecutiveMonthsOwed unpaid months in a row ending with {@code asOf}, counted from the obligation start at
 *                              the earliest; 0 when {@code asOf} is paid or the member owes nothing
 * @param monthsOwed            all unpaid months from the obligation start up to {@code asOf}
 * @param pensionDeclared       whether the due is known
 */
public record DuesStanding(long memberId, Long branchId, String streetCode, YearMonth asOf, boolean active,
                           YearMonth obligationStart, YearMonth lastPaidMonth, int consecutiveMonthsOwed,
                           int monthsOwed, boolean pensionDeclared) {
}
