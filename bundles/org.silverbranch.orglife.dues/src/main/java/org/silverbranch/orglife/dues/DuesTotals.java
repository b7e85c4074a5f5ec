package org.silverbranch.orglife.dues;

import java.math.BigDecimal;

/**
 * Dues figures of a set of members (a branch, a street, the district) over a period. Only months up to the current
 * month are due; months of the period after it that were paid in advance are counted apart.
 *
 * @param period                 {@code 2026}, {@code 2026-Q4} or {@code 2026-11}
 * @param members                members counted: active members, and others who paid a month of the period
 * @param membersWithoutPension  active members without a declared pension (their due is unknown)
 * @param monthsDue              member-months due in the period up to the current month (paid or owed)
 * @param monthsPaid             of those, paid
 * @param monthsOwed             of those, owed
 * @param monthsOwedUnknownDue   of the owed months, those whose due is unknown
 * @param dueFen                 the known dues of the due months (paid months at their paid amount)
 * @param paidFen                paid for the due months
 * @param owedFen                owed for the due months whose due is known
 * @param collectionPercent      {@code paidFen / dueFen} in percent, one decimal, rounded half up; null when
 *                               {@code dueFen} is 0. Months of unknown due are not in it: see
 *                               {@code monthsOwedUnknownDue} and {@code monthsPaidPercent}
 * @param monthsPaidPercent      {@code monthsPaid / monthsDue} in percent, one decimal, half up; null when none due
 * @param monthsPaidInAdvance    member-months of the period after the current month, already paid
 * @param paidInAdvanceFen       what was paid for them
 */
public record DuesTotals(String period, int members, int membersWithoutPension, int monthsDue, int monthsPaid,
                         int monthsOwed, int monthsOwedUnknownDue, long dueFen, long paidFen, long owedFen,
                         BigDecimal collectionPercent, BigDecimal monthsPaidPercent, int monthsPaidInAdvance,
                         long paidInAdvanceFen) {
}
