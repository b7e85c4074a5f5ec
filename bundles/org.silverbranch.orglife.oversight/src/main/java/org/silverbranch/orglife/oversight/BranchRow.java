package org.silverbranch.orglife.oversight;

import java.math.BigDecimal;

import org.silverbranch.orglife.meetings.ComplianceStatus;

/**
 * One branch's line of a street dashboard. Percentages have one decimal; null where the source has no figure
 * (nothing due, no meeting held): never a made-up zero.
 *
 * @param organizationId        null for the line of the street's members who belong to no branch (dues only)
 * @param complianceStatus      null when the branch is not in the compliance roll-up (not an active retiree branch)
 * @param compliancePercent     required meetings held, of the slots over ({@code ComplianceService})
 * @param duesCollectionPercent paid of the known dues due ({@code DuesTotals.collectionPercent})
 * @param duesMonthsPaidPercent member-months paid of those due ({@code DuesTotals.monthsPaidPercent})
 * @param duesOwedFen           owed dues of known amount, in fen; null without dues figures
 * @param participationPercent  PRESENT and REMOTE of the expected attendances of held meetings
 * @param meetingsHeld          held meetings in the period; 0 when none
 */
public record BranchRow(Long organizationId, String name, ComplianceStatus complianceStatus, Integer slotsMet,
                        Integer slotsMissed, BigDecimal compliancePercent, BigDecimal duesCollectionPercent,
                        BigDecimal duesMonthsPaidPercent, Long duesOwedFen, BigDecimal participationPercent,
                        long meetingsHeld) {
}
