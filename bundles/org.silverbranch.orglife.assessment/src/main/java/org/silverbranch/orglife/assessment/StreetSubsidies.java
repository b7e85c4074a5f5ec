package org.silverbranch.orglife.assessment;

import java.util.List;

/**
 * The subsidies of a street's branch secretaries in a year: one row per secretary and branch with an assessment of
 * the year before, in fen.
 */
public record StreetSubsidies(String streetCode, int year, List<Row> secretaries, long dueFen, long paidFen,
                              long owedFen) {

    /**
     * @param monthsDue months the secretary was in office (due or paid)
     */
    public record Row(long memberId, String memberName, long organizationId, String organizationName,
                      SecretaryGrade grade, long monthlyFen, int monthsDue, int monthsPaid, long dueFen,
                      long paidFen, long owedFen) {
    }
}
