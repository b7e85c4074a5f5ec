package org.silverbranch.orglife.oversight;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * The six-month rule watch (Party Constitution art. 9: six consecutive months without organizational life, or without
 * paying dues, without a valid reason, is treated as leaving the Party, 自行脱党). Active members who have gone
 * {@code warningMonths} (default 3) whole months without either are flagged WARNING, {@code criticalMonths}
 * (default 5) CRITICAL, well before the six months. It only warns: nothing is stored, no status is changed.
 * <p>
 * Counting, the same for both reasons: a month counts once it is over, so the months counted run up to the month
 * before today's ({@link WatchList#countedThrough()}).
 * <ul>
 * <li>Organizational life: whole months after the month of the member's last participation (PRESENT or REMOTE in a
 * held meeting of any kind). A member who never took part counts from the later of the district's
 * {@code watchStartMonth} (default 2026-01, the month the platform's records begin; a district going live later sets
 * its own, so a new platform does not flag everyone) and the dues obligation start (the month the member joined the
 * Party, not before the dues bundle's start month). The core keeps no date of joining the branch: a member who came
 * from outside the district counts from those months too, until a meeting records them.</li>
 * <li>Dues: the dues bundle's consecutive unpaid months ending with the month before today's
 * ({@code DuesStanding.consecutiveMonthsOwed}); months paid in advance count as paid.</li>
 * </ul>
 * Members recorded away (AWAY_SEASONAL, AWAY_LONG_TERM) are flagged with {@link WatchAction#REMOTE_CONTACT}: being
 * away is not absence by choice, and remote participation counts as participation.
 */
@ProviderType
public interface SixMonthWatch {

    /**
     * Every active member of the street. Readers: district roles, the street's administrator and viewer.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    WatchList street(Caller caller, String streetCode);

    /**
     * The active members of one branch; also for the branch's own secretary.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code NOT_A_BRANCH} (400)
     */
    WatchList branch(Caller caller, long organizationId);
}
