package org.silverbranch.module.volunteer.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.silverbranch.module.volunteer.internal.model.Figures;

/**
 * Adds up shifts and approved attendances of a period by month, team and community. Pure: the rows come from two
 * plain queries, so the arithmetic is the same on every database and testable alone. Volunteers are counted as
 * distinct members per group, so group counts need not add up to the total.
 */
public final class StatsCalculator {

    /** A shift that is not cancelled. */
    public record ShiftRow(long shiftId, long teamId, String communityCode, LocalDate date) {
    }

    /** An attendance with approved minutes. */
    public record AttendanceRow(long memberId, long teamId, String communityCode, LocalDate date, int minutes) {
    }

    /**
     * @param months      every month of the period, in order, also those without anything
     * @param teams       by team id, only teams with rows
     * @param communities by community code (null key: teams without a community), only those with rows
     */
    public record Result(Figures totals, Map<YearMonth, Figures> months, Map<Long, Figures> teams,
                         Map<String, Figures> communities) {
    }

    private StatsCalculator() {
    }

    public static Result compute(LocalDate from, LocalDate to, List<ShiftRow> shifts,
                                 List<AttendanceRow> attendances) {
        Tally total = new Tally();
        Map<YearMonth, Tally> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new Tally());
        }
        Map<Long, Tally> teams = new HashMap<>();
        Map<String, Tally> communities = new HashMap<>();
        for (ShiftRow s : shifts) {
            if (s.date().isBefore(from) || s.date().isAfter(to)) {
                continue;
            }
            total.shifts++;
            months.get(YearMonth.from(s.date())).shifts++;
            teams.computeIfAbsent(s.teamId(), k -> new Tally()).shifts++;
            communities.computeIfAbsent(s.communityCode(), k -> new Tally()).shifts++;
        }
        for (AttendanceRow a : attendances) {
            if (a.date().isBefore(from) || a.date().isAfter(to)) {
                continue;
            }
            total.add(a);
            months.get(YearMonth.from(a.date())).add(a);
            teams.computeIfAbsent(a.teamId(), k -> new Tally()).add(a);
            communities.computeIfAbsent(a.communityCode(), k -> new Tally()).add(a);
        }
        return new Result(total.figures(), figures(months), figures(teams), figures(communities));
    }

    private static <K> Map<K, Figures> figures(Map<K, Tally> tallies) {
        Map<K, Figures> result = tallies instanceof LinkedHashMap ? new LinkedHashMap<>() : new HashMap<>();
        tallies.forEach((key, tally) -> result.put(key, tally.figures()));
        return result;
    }

    /** Zero figures, for a team or community without anything in the period. */
    public static Figures none() {
        return new Tally().figures();
    }

    /** The figures of a key, zero when it has no rows. */
    public static <K> Figures of(Map<K, Figures> figures, K key) {
        return figures.getOrDefault(key, none());
    }

    private static final class Tally {
        int shifts;
        final Set<Long> volunteers = new HashSet<>();
        int attendances;
        long minutes;

        void add(AttendanceRow a) {
            volunteers.add(a.memberId());
            attendances++;
            minutes += a.minutes();
        }

        Figures figures() {
            return new Figures(shifts, volunteers.size(), attendances, minutes, Hours.toHours(minutes));
        }
    }
}
