package org.silverbranch.orglife.dues;

import java.time.YearMonth;

/**
 * One month of a member's dues.
 *
 * @param dueFen    the month's due: what was paid for a paid month, the current monthly due otherwise; null when it
 *                  is unknown (no pension declared) or the month is {@code NOT_DUE}
 * @param paidFen   paid for this month (0 when not paid)
 * @param owedFen   still owed: the due of an {@code OWED} month (null when unknown), 0 otherwise
 * @param paymentId the payment that covered it, or null
 */
public record MonthDues(YearMonth month, MonthStatus status, Long dueFen, long paidFen, Long owedFen,
                        Long paymentId) {
}
