package org.silverbranch.orglife.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A recorded payment of one or more months. Payments are never changed or deleted (a wrong one is an audit matter).
 *
 * @param monthlyFen the due of each month at the time of payment, in the order of {@code months}
 * @param recordedBy the user who recorded it
 */
public record Payment(long id, long memberId, Long branchId, String streetCode, List<YearMonth> months,
                      List<Long> monthlyFen, long amountFen, PaymentMethod method, LocalDate paidOn, PaidBy paidBy,
                      String proxyName, AdvanceConsent advanceConsent, String note, String recordedBy,
                      Instant recordedAt) {
}
