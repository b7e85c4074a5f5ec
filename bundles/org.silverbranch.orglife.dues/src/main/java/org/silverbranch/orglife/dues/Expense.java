package org.silverbranch.orglife.dues;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded expense of a branch from returned dues. Never changed or deleted. */
public record Expense(long id, long organizationId, String streetCode, long amountFen, LocalDate spentOn,
                      String purpose, String approvedBy, String note, String recordedBy, Instant recordedAt) {
}
