package org.silverbranch.orglife.dues;

import java.time.YearMonth;

/**
 * One member's line in a branch's dues list over a period.
 *
 * @param monthlyDueFen           the member's monthly due now (voluntary amount or standard due), null when unknown
 * @param monthsOwed              months of the period up to the current month not paid
 * @param owedFen                 their dues; null when the due is unknown and a month is owed
 * @param lastPaidMonth           the latest month paid (any period), or null
 * @param consecutiveMonthsOwed   unpaid months in a row ending with the current month (Party Constitution art. 9)
 */
public record MemberArrears(long memberId, String name, Long branchId, boolean active, boolean pensionDeclared,
                            Long monthlyDueFen, int monthsPaid, long paidFen, int monthsOwed, Long owedFen,
                            YearMonth lastPaidMonth, int consecutiveMonthsOwed) {
}
