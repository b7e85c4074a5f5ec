package org.silverbranch.orglife.dues;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded return of dues to a branch. Never changed or deleted. */
public record DuesReturn(long id, long organizationId, String streetCode, long amountFen, LocalDate returnedOn,
                         ReturnSource source, String note, String recordedBy, Instant recordedAt) {
}
