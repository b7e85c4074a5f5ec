package org.silverbranch.orglife.dues;

import java.time.YearMonth;
import java.util.List;

/**
 * A member's dues in one year (the contract of {@code GET /members/{id}/dues?year=}).
 *
 * @param pensionDeclared     whether the member declared a monthly pension; without it the due is unknown (null),
 *                            never zero
 * @param standardMonthlyFen  the due from the pension by the district's rates, null when not declared
 * @param voluntaryMonthlyFen the higher amount the member chose to pay each month, or null
 * @param monthlyDueFen       what the member pays each month: the voluntary amount when set, else the standard due
 * @param obligationStart     the first month the member owes: the later of the month of joining the Party and the
 *                            district's first month of records; null when the member owes nothing (not active)
 * @param months              the twelve months of the year
 * @param dueFen              the dues of the year's months up to the current month (paid months at their paid
 *                            amount); null when an owed month's due is unknown
 * @param paidFen             paid for months of this year (advance payments included)
 * @param owedFen             owed for months of this year up to the current month; null when unknown
 * @param accountVersion      the version to send with {@code PUT /members/{id}/dues/voluntary} (0 before the first)
 */
public record MemberDues(long memberId, String memberName, Long branchId, String streetCode, int year,
                         boolean pensionDeclared, Long standardMonthlyFen, Long voluntaryMonthlyFen,
                         Long monthlyDueFen, YearMonth obligationStart, List<MonthDues> months, Long dueFen,
                         long paidFen, Long owedFen, int monthsPaid, int monthsOwed, long accountVersion) {
}
