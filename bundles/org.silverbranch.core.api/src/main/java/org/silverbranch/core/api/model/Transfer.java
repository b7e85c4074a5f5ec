package org.silverbranch.core.api.model;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded transfer of a member's organizational relationship. */
public record Transfer(Long id, Long memberId, Long fromBranchId, Long toBranchId, String fromStreetCode,
                       String toStreetCode, String destination, LocalDate transferredOn, String reason,
                       String recordedBy, Instant recordedAt) {
}
