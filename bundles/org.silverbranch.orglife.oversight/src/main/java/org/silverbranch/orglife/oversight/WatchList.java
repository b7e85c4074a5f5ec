package org.silverbranch.orglife.oversight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The six-month watch of a street or a branch as of a date: the flags, CRITICAL first, then by months (most first),
 * branch and name.
 *
 * @param streetCode           the street
 * @param organizationId       the branch, for a branch's watch; null for a street's
 * @param countedThrough       the last whole month counted (the month before {@code asOf}: a month counts once over)
 * @param warningMonths        the district setting used
 * @param criticalMonths       the district setting used
 * @param watchStart           the district setting used: no month before it is counted
 * @param membersWatched       active members looked at
 * @param membersFlagged       members with at least one flag
 * @param warning              flags of level WARNING
 * @param critical             flags of level CRITICAL
 * @param remoteContact        flags whose action is REMOTE_CONTACT (away members)
 * @param noOrganizationalLife flags of reason NO_ORGANIZATIONAL_LIFE
 * @param noDues               flags of reason NO_DUES
 */
public record WatchList(String streetCode, Long organizationId, LocalDate asOf, YearMonth countedThrough,
                        int warningMonths, int criticalMonths, YearMonth watchStart, int membersWatched,
                        int membersFlagged, int warning, int critical, int remoteContact, int noOrganizationalLife,
                        int noDues, List<WatchFlag> flags) {

    public WatchList {
        flags = List.copyOf(flags);
    }
}
