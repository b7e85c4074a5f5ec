package org.silverbranch.orglife.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A branch secretary's assessment of a year (one per branch, secretary and year).
 *
 * @param monthlySubsidyFen the monthly subsidy the grade gives by the district table at the time of the assessment
 *                          (kept, so a later change of the table does not rewrite past dues), in fen
 * @param subsidyYear       the year the subsidy is for: the year after the assessed one
 */
public record SecretaryAssessment(Long id, Long version, long organizationId, String organizationName,
                                  String streetCode, long memberId, String memberName, int year,
                                  SecretaryGrade grade, String comments, LocalDate assessedOn,
                                  long monthlySubsidyFen, int subsidyYear, String assessedBy, Instant assessedAt) {
}
