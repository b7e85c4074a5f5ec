package org.silverbranch.orglife.oversight;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;

/**
 * Dashboard figures of organizational life, read from the meetings, dues, assessment and supervision bundles with a
 * fixed number of grouped queries each, whatever the number of members (made for 100k members and 1M ledger rows).
 */
@ProviderType
public interface DashboardService {

    /**
     * Readers: district roles, the street's administrator and viewer.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    StreetDashboard street(Caller caller, String streetCode, Period period);

    /** Readers: the district administrator and the auditor. @throws ServiceException {@code FORBIDDEN} (403) */
    DistrictDashboard district(Caller caller, Period period);
}
