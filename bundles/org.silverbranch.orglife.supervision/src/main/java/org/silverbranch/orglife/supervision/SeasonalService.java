package org.silverbranch.orglife.supervision;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Seasonal (候鸟) and long-term away members of the core (residency AWAY_SEASONAL / AWAY_LONG_TERM, status ACTIVE).
 * Places come masked as the core answers them.
 */
@ProviderType
public interface SeasonalService {

    /**
     * A branch's away members, by expected return (unknown last), then name.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404)
     */
    List<AwayMember> awayMembers(Caller caller, long organizationId);

    /**
     * The street's returns due in a month: away members expected back in that month, and those expected back earlier
     * and still recorded away (overdue returns), by expected return, then name (street administrator and viewer,
     * district roles).
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    List<AwayMember> returnsDue(Caller caller, String streetCode, YearMonth month);
}
