package org.silverbranch.module.volunteer.internal.model;

import java.math.BigDecimal;

/**
 * Counts of a period.
 *
 * @param shifts          shifts held or scheduled (not cancelled)
 * @param volunteers      different members with approved hours
 * @param attendances     attendances with approved hours
 * @param approvedMinutes sum of approved minutes
 * @param approvedHours   {@code approvedMinutes} as hours, two decimals
 */
public record Figures(int shifts, int volunteers, int attendances, long approvedMinutes, BigDecimal approvedHours) {
}
