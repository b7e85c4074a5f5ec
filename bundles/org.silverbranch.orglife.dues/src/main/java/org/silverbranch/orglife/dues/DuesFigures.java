package org.silverbranch.orglife.dues;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.orglife.api.Period;

/**
 * Figures for the oversight dashboards and the six-month watch, computed in bulk: the dues records of a whole street
 * or district are read in a few queries, never member by member. Scope as {@link DuesReports}.
 */
@ProviderType
public interface DuesFigures {

    /**
     * Standings of members the caller already holds (e.g. from the core's member search): no member is looked up
     * again. Members outside the caller's scope are left out of the answer.
     *
     * @return by member id
     */
    Map<Long, DuesStanding> standings(Caller caller, Collection<Member> members, YearMonth asOf);

    /** Standings of a branch's members, by member id. @throws ServiceException {@code ORGANIZATION_NOT_FOUND} */
    List<DuesStanding> branchStandings(Caller caller, long organizationId, YearMonth asOf);

    /** Standings of a street's members. @throws ServiceException {@code STREET_NOT_FOUND} (404), 403 */
    List<DuesStanding> streetStandings(Caller caller, String streetCode, YearMonth asOf);

    /** The collection of a branch over a period. */
    DuesTotals branchCollection(Caller caller, long organizationId, Period period);

    /** The collection of a street over a period. */
    DuesTotals streetCollection(Caller caller, String streetCode, Period period);

    /** The collection of the district over a period (district roles). */
    DuesTotals districtCollection(Caller caller, Period period);
}
