package org.silverbranch.orglife.oversight;

import java.time.LocalDate;
import java.time.YearMonth;

import org.silverbranch.orglife.supervision.BranchHealth;

/**
 * A branch's own alerts, for its secretary: the six-month watch of its members, its health suggestions, its away
 * members due back and its overdue rectification tasks.
 *
 * @param health the branch's health with its suggestions (empty when healthy)
 */
public record BranchAlerts(long organizationId, String organizationName, String streetCode, LocalDate asOf,
                           YearMonth month, WatchList watch, BranchHealth health, ReturnAlerts returnsDue,
                           RectificationAlerts overdueRectifications) {
}
