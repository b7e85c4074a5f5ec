/**
 * Organizational life of a Party organization (组织生活): meetings of 三会一课 and the other kinds, their attendance,
 * resolutions with recorded votes and attachments ({@link org.silverbranch.orglife.meetings.MeetingService});
 * compliance with the Branch Work Regulations (《中国共产党支部工作条例（试行）》, 2018) per branch, street and district
 * ({@link org.silverbranch.orglife.meetings.ComplianceService}); and the participation facts the six-month watch and
 * the dashboards read ({@link org.silverbranch.orglife.meetings.ParticipationService}). Every service takes the
 * {@link org.silverbranch.core.api.Caller} first and applies {@link org.silverbranch.orglife.api.BranchScope}.
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.meetings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
