package org.silverbranch.orglife.oversight.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.oversight.WatchAction;
import org.silverbranch.orglife.oversight.WatchFlag;
import org.silverbranch.orglife.oversight.WatchLevel;
import org.silverbranch.orglife.oversight.WatchList;
import org.silverbranch.orglife.oversight.WatchReason;

/**
 * The six-month rule watch (Party Constitution art. 9), as {@link org.silverbranch.orglife.oversight.SixMonthWatch}
 * documents it: whole months counted up to the last month that is over, never before the watch start; WARNING and
 * CRITICAL from the district's thresholds; away members to be contacted remotely.
 */
public final class WatchRules {

    private static final Comparator<WatchFlag> ORDER = Comparator
            .comparing((WatchFlag f) -> f.level() == WatchLevel.CRITICAL ? 0 : 1)
            .thenComparing(WatchFlag::months, Comparator.reverseOrder())
            .thenComparing(WatchFlag::branchId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WatchFlag::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WatchFlag::memberId)
            .thenComparing(WatchFlag::reason);

    private WatchRules() {
    }

    /** The last whole month as of a date: the month before the date's month (the current month is not over). */
    public static YearMonth countedThrough(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /**
     * Whole months without organizational life up to {@code countedThrough}: the months after the month of the last
     * participation; without any, from the month the member joined the Party; never before the watch start.
     */
    public static int monthsWithoutParticipation(LocalDate lastParticipation, LocalDate joinedPartyOn,
                                                 YearMonth countedThrough, YearMonth watchStart) {
        YearMonth from = lastParticipation != null ? YearMonth.from(lastParticipation).plusMonths(1)
                : joinedPartyOn != null ? YearMonth.from(joinedPartyOn) : watchStart;
        return monthsFrom(later(from, watchStart), countedThrough);
    }

    /**
     * Whole months without dues: the dues bundle's consecutive unpaid months ending with {@code countedThrough}, not
     * counting months before the watch start; 0 for a member who owes nothing.
     */
    public static int monthsWithoutDues(DuesStanding standing, YearMonth countedThrough, YearMonth watchStart) {
        if (standing == null || !standing.active()) {
            return 0;
        }
        return Math.min(Math.max(0, standing.consecutiveMonthsOwed()), monthsFrom(watchStart, countedThrough));
    }

    /** The level for a number of months, or null below the warning threshold. */
    public static WatchLevel level(int months, WatchSettings settings) {
        if (months >= settings.criticalMonths()) {
            return WatchLevel.CRITICAL;
        }
        return months >= settings.warningMonths() ? WatchLevel.WARNING : null;
    }

    /** Away members are contacted remotely whatever the reason; members at home are visited or reminded. */
    public static WatchAction action(WatchReason reason, ResidencyStatus residency) {
        if (residency == ResidencyStatus.AWAY_SEASONAL || residency == ResidencyStatus.AWAY_LONG_TERM) {
            return WatchAction.REMOTE_CONTACT;
        }
        return reason == WatchReason.NO_ORGANIZATIONAL_LIFE ? WatchAction.TALK_IN_PERSON : WatchAction.REMIND_DUES;
    }

    /**
     * The flags of one member: none for a member who is not active.
     *
     * @param standing null when the dues bundle has none for the member (no dues flag then)
     */
    public static List<WatchFlag> flags(MemberFacts member, String branchName, LocalDate lastParticipation,
                                        DuesStanding standing, YearMonth countedThrough, WatchSettings settings) {
        List<WatchFlag> flags = new ArrayList<>(2);
        if (member.status() != null && member.status() != MemberStatus.ACTIVE) {
            return flags;
        }
        int lifeMonths = monthsWithoutParticipation(lastParticipation, member.joinedPartyOn(), countedThrough,
                settings.watchStart());
        add(flags, member, branchName, WatchReason.NO_ORGANIZATIONAL_LIFE, lifeMonths, countedThrough, settings,
                lastParticipation, null);
        int duesMonths = monthsWithoutDues(standing, countedThrough, settings.watchStart());
        add(flags, member, branchName, WatchReason.NO_DUES, duesMonths, countedThrough, settings, null,
                standing == null ? null : standing.lastPaidMonth());
        return flags;
    }

    /**
     * The watch of a set of members, sorted and counted.
     *
     * @param branchNames    by branch id
     * @param lastParticipation by member id; members who never took part are absent
     * @param standings      by member id
     */
    public static WatchList list(String streetCode, Long organizationId, LocalDate today,
                                 Collection<MemberFacts> members,
                                 Map<Long, String> branchNames, Map<Long, LocalDate> lastParticipation,
                                 Map<Long, DuesStanding> standings, WatchSettings settings) {
        YearMonth through = countedThrough(today);
        List<WatchFlag> flags = new ArrayList<>();
        int watched = 0;
        for (MemberFacts m : members) {
            if (m.status() != null && m.status() != MemberStatus.ACTIVE) {
                continue;
            }
            watched++;
            flags.addAll(flags(m, m.branchId() == null ? null : branchNames.get(m.branchId()),
                    lastParticipation.get(m.id()), standings.get(m.id()), through, settings));
        }
        flags.sort(ORDER);
        return counted(streetCode, organizationId, today, through, watched, flags, settings);
    }

    /**
     * One branch's watch taken from its street's: the branch's flags (already sorted) counted again. The same as
     * {@link #list} over the branch's members, since every flag depends on its member alone.
     *
     * @param membersWatched the branch's active members
     */
    public static WatchList branchOf(WatchList street, long organizationId, int membersWatched) {
        List<WatchFlag> flags = street.flags().stream()
                .filter(f -> f.branchId() != null && f.branchId() == organizationId).toList();
        return counted(street.streetCode(), organizationId, street.asOf(), street.countedThrough(), membersWatched,
                flags, new WatchSettings(street.warningMonths(), street.criticalMonths(), street.watchStart()));
    }

    private static WatchList counted(String streetCode, Long organizationId, LocalDate today, YearMonth through,
                                     int watched, List<WatchFlag> flags, WatchSettings settings) {
        Set<Long> flagged = new HashSet<>();
        int warning = 0;
        int critical = 0;
        int remote = 0;
        int life = 0;
        int dues = 0;
        for (WatchFlag f : flags) {
            flagged.add(f.memberId());
            if (f.level() == WatchLevel.CRITICAL) {
                critical++;
            } else {
                warning++;
            }
            if (f.action() == WatchAction.REMOTE_CONTACT) {
                remote++;
            }
            if (f.reason() == WatchReason.NO_ORGANIZATIONAL_LIFE) {
                life++;
            } else {
                dues++;
            }
        }
        return new WatchList(streetCode, organizationId, today, through, settings.warningMonths(),
                settings.criticalMonths(), settings.watchStart(), watched, flagged.size(), warning, critical, remote,
                life, dues, flags);
    }

    private static void add(List<WatchFlag> flags, MemberFacts m, String branchName, WatchReason reason, int months,
                            YearMonth countedThrough, WatchSettings settings, LocalDate lastParticipation,
                            YearMonth lastPaidMonth) {
        WatchLevel level = level(months, settings);
        if (level == null) {
            return;
        }
        ResidencyStatus residency = m.residency() == null ? ResidencyStatus.RESIDENT : m.residency();
        boolean away = residency == ResidencyStatus.AWAY_SEASONAL || residency == ResidencyStatus.AWAY_LONG_TERM;
        flags.add(new WatchFlag(m.id(), m.name(), m.branchId(), branchName, m.streetCode(), residency,
                away ? m.expectedReturn() : null, reason, months, countedThrough.minusMonths(months - 1L),
                level, action(reason, residency), lastParticipation, lastPaidMonth));
    }

    /** Months from {@code from} to {@code through}, both included; 0 when {@code from} is later. */
    static int monthsFrom(YearMonth from, YearMonth through) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(from, through) + 1);
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
