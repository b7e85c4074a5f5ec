package org.silverbranch.orglife.assessment;

import java.util.List;

/**
 * A branch's appraisal sheet of a year: each active member of the branch with the year's result, or none yet
 * ({@code appraisal} null: missing).
 *
 * @param missing members without an appraisal of the year
 */
public record BranchAppraisals(long organizationId, String organizationName, int year, AppraisalCounts counts,
                               long missing, List<Row> members) {

    /** One member of the branch; {@code appraisal} is null while the member has none for the year. */
    public record Row(long memberId, String memberName, Appraisal appraisal) {
    }
}
