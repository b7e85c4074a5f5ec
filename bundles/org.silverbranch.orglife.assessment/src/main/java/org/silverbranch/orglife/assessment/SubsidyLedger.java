package org.silverbranch.orglife.assessment;

import java.util.List;

/** A secretary's subsidy ledger of a year: twelve months, each due and paid, in fen. */
public record SubsidyLedger(long memberId, String memberName, int year, List<SubsidyMonth> months, long dueFen,
                            long paidFen, long owedFen) {
}
