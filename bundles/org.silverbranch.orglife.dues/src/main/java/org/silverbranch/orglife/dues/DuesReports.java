package org.silverbranch.orglife.dues;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;

/**
 * Arrears lists and roll-ups over a period: per member of a branch, per branch of a street, per street of the
 * district. Members are counted in their current branch and street. Reads follow {@code BranchScope}: a branch for
 * whoever reads it, a street for district roles and the street's administrator and viewer, the district for
 * district roles.
 */
@ProviderType
public interface DuesReports {

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) */
    BranchDues branch(Caller caller, long organizationId, Period period);

    /** @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403) */
    StreetDues street(Caller caller, String streetCode, Period period);

    /** @throws ServiceException {@code FORBIDDEN} (403) for other than district roles */
    DistrictDues district(Caller caller, Period period);
}
