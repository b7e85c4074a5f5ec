package org.silverbranch.orglife.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;

/**
 * Participation facts for the six-month watch (Party Constitution art. 9) and the dashboards. Participation means
 * PRESENT or REMOTE in a HELD meeting of any kind. Each method is one or a few aggregate queries, never one per
 * member: made for 100k members and 1M attendance rows. Only meetings the caller may read are counted: a district
 * role sees all, a street role its street's meetings, a branch secretary their branch's.
 */
@ProviderType
public interface ParticipationService {

    /**
     * The date of each member's last participation, for the members given (any number; one query per 500 ids).
     * Members who never took part are absent from the map. For a whole street prefer
     * {@link #lastParticipationInStreet}: one query.
     */
    Map<Long, LocalDate> lastParticipation(Caller caller, Collection<Long> memberIds);

    /**
     * The date of the last participation of every member who ever took part in a meeting of the street (of the
     * district when {@code streetCode} is null), in one query.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) or {@code FORBIDDEN} (403) as
     *                          {@link org.silverbranch.orglife.api.BranchScope#requireStreetRead}; for the district
     *                          as {@link org.silverbranch.orglife.api.BranchScope#requireDistrictRead}
     */
    Map<Long, LocalDate> lastParticipationInStreet(Caller caller, String streetCode);

    /** One branch (meetings of its groups included). @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) */
    ParticipationRate branch(Caller caller, long organizationId, Period period);

    /** A street's rate (the district's when {@code streetCode} is null). Readers as {@link #lastParticipationInStreet}. */
    ParticipationRate street(Caller caller, String streetCode, Period period);

    /** The rate of each branch of a street that held meetings in the period, by branch id, in one query. */
    List<ParticipationRate> byBranch(Caller caller, String streetCode, Period period);

    /** The rate of each street that held meetings in the period, by street code, in one query (district roles). */
    List<ParticipationRate> byStreet(Caller caller, Period period);
}
