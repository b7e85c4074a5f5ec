package org.silverbranch.orglife.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The subsidy of one month paid to a secretary, in fen. */
public record SubsidyPayment(Long id, long memberId, long organizationId, YearMonth month, long amountFen,
                             LocalDate paidOn, String note, String recordedBy, Instant recordedAt) {
}
