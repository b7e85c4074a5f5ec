package org.silverbranch.orglife.assessment;

import java.time.LocalDate;

/**
 * The body of {@code PUT /members/{id}/appraisals/{year}}. Without {@code version} it creates the year's appraisal
 * (409 {@code APPRAISAL_EXISTS} when there is one); with the version read it changes it (409 {@code STALE_VERSION}).
 */
public record AppraisalInput(AppraisalResult result, LocalDate appraisedOn, String note, Long version) {
}
