package org.silverbranch.orglife.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One member's appraisal of one year (at most one per member and year).
 *
 * @param organizationId the branch the member belonged to when appraised
 * @param streetCode     that branch's street
 * @param appraisedOn    the day of the appraisal meeting: in the year or the next (appraisals of a year are often
 *                       held in its first weeks)
 * @param note           optional remark, at most 500 characters
 */
public record Appraisal(Long id, Long version, long memberId, String memberName, int year, AppraisalResult result,
                        LocalDate appraisedOn, String note, long organizationId, String streetCode,
                        String recordedBy, Instant recordedAt) {
}
