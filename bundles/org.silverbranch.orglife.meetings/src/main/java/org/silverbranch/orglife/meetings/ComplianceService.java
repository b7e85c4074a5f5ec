package org.silverbranch.orglife.meetings;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;

/**
 * Compliance with the Branch Work Regulations (《中国共产党支部工作条例（试行）》, 2018): which required meetings each
 * branch held in a period. Frequencies and conditions are district settings (PID
 * {@code org.silverbranch.orglife.meetings}); the counting rule is documented on {@link RequirementCompliance}.
 * Only HELD meetings count. A street or the district is computed with one query over the meetings.
 */
@ProviderType
public interface ComplianceService {

    /** The frequency required of each kind of meeting (NONE for kinds not required), as configured. */
    Map<MeetingType, Frequency> frequencies();

    /**
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code NOT_A_BRANCH} (400) for an organization
     *                          that is not a branch or general branch
     */
    BranchCompliance organization(Caller caller, long organizationId, Period period);

    /** The year, its quarters and its months. @throws ServiceException as {@link #organization} */
    BranchYearCompliance organizationYear(Caller caller, long organizationId, int year);

    /**
     * Every active retiree branch of the street. Readers: district roles, the street's administrator and viewer.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    StreetCompliance street(Caller caller, String streetCode, Period period);

    /** Every street's totals. Readers: district administrator and auditor. @throws ServiceException {@code FORBIDDEN} */
    DistrictCompliance district(Caller caller, Period period);
}
