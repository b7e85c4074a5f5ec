package org.silverbranch.core.api.model;

import java.time.LocalDate;

/**
 * Moves a member's organizational relationship (组织关系转接).
 *
 * @param toBranchId    the receiving branch inside the district; null when the member leaves the district
 * @param destination   where the relationship goes when it leaves the district (required then)
 * @param transferredOn the date of the transfer
 * @param version       the member's version the caller saw
 */
public record TransferRequest(Long toBranchId, String destination, LocalDate transferredOn, String reason,
                              Long version) {
}
