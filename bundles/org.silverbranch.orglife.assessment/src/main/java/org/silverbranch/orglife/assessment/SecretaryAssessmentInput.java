package org.silverbranch.orglife.assessment;

import java.time.LocalDate;

/**
 * The body of {@code POST /organizations/{id}/secretary-assessments}.
 *
 * @param memberId   the secretary assessed; by default the branch's current secretary. Another member must have
 *                   held the branch's secretary position during the year
 * @param comments   at most 2000 characters
 * @param assessedOn default today; not in the future, in the year or the next
 */
public record SecretaryAssessmentInput(Integer year, Long memberId, SecretaryGrade grade, String comments,
                                       LocalDate assessedOn) {
}
