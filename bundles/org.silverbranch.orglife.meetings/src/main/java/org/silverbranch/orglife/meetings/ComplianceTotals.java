package org.silverbranch.orglife.meetings;

/**
 * Compliance of several branches together (a street, the district).
 *
 * @param branches          retiree branches counted
 * @param branchesMet       branches with status MET
 * @param branchesMissed    branches with status MISSED
 * @param branchesDue       branches with status DUE
 * @param compliancePercent met / (met + missed) slots × 100 over all branches, one decimal; null when no slot has
 *                          ended or been met yet
 */
public record ComplianceTotals(int branches, int branchesMet, int branchesMissed, int branchesDue,
                               int required, int met, int missed, int due, Double compliancePercent) {
}
