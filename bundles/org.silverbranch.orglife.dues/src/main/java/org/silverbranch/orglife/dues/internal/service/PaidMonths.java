package org.silverbranch.orglife.dues.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.internal.rules.Months;
import org.silverbranch.orglife.dues.internal.rules.PaidSummary;

/**
 * The bulk reads of paid months behind every roll-up: a street or the district costs ONE query whatever its size
 * (a small set of members a query per {@value #CHUNK} ids), never one per member.
 *
 * <p>The rows (member, month, amount) are read plainly and summed here, not grouped with CASE in the database:
 * on Derby, grouping 600,000 rows by member with the six CASE sums took 350–400 ms, reading the same rows 115 ms
 * (measured with DuesFiguresBenchmark); a condition on the month made Derby walk the month index, fetching row
 * after row, three times slower than reading the table, so the months are picked here too. Which rows are read:
 * <ul>
 * <li>no ids (the whole district: one deployment serves one district): every row;</li>
 * <li>ids that fill their range well (a street: its members are most of the ids between its first and last, or the
 * range is cheap anyway): one query on the range {@code member_id BETWEEN} (the unique index leads with it), rows of
 * other members dropped here;</li>
 * <li>few ids spread wide (a branch, members a caller holds): {@code IN} lists of {@value #CHUNK} ids, each id one
 * probe of the index.</li>
 * </ul>
 */
final class PaidMonths {

    static final int CHUNK = 500;

    /**
     * An index probe for one member costs about as much as scanning the rows of this many members (Derby, 100,000
     * members, 600,000 rows: 66,000 ids in IN lists 780 ms, every row 115 ms), so a range is read when it holds at
     * most this many member ids per id asked for.
     */
    static final int PROBE_COST = 10;

    /** Any month: the latest month code there can be. */
    private static final int ANY_MONTH = 999_912;

    private PaidMonths() {
    }

    /** Voluntary monthly amounts by member: the few members who set one. */
    static Map<Long, Long> voluntaryAmounts(EntityManager em) {
        Map<Long, Long> amounts = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.memberId, a.voluntaryMonthlyFen FROM AccountEntity a"
                + " WHERE a.voluntaryMonthlyFen IS NOT NULL", Object[].class).getResultList()) {
            amounts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return amounts;
    }

    /**
     * Paid months of the period, split at the current month, and the latest paid months, by member.
     *
     * @param memberIds null for every member
     */
    static Map<Long, PaidSummary> summaries(EntityManager em, Collection<Long> memberIds, Period period,
                                            YearMonth current) {
        int first = Months.code(period.first());
        int last = Months.code(period.last());
        int cur = Months.code(current);
        // due: first..min(last, current); advance: max(first, current + 1)..last (empty ranges simply match nothing)
        int dueTo = Math.min(last, cur);
        int advanceFrom = Math.max(first, Months.code(current.plusMonths(1)));
        Map<Long, Summing> sums = new HashMap<>();
        read(em, memberIds, ANY_MONTH, (member, month, amount) -> {
            Summing s = sums.computeIfAbsent(member, k -> new Summing());
            if (month >= first && month <= dueTo) {
                s.dueMonths++;
                s.dueFen += amount;
            } else if (month >= advanceFrom && month <= last) {
                s.advanceMonths++;
                s.advanceFen += amount;
            }
            if (month <= cur) {
                s.lastUpToCurrent = Math.max(s.lastUpToCurrent, month);
            }
            s.last = Math.max(s.last, month);
        });
        Map<Long, PaidSummary> result = new HashMap<>();
        sums.forEach((member, s) -> result.put(member, new PaidSummary(s.dueMonths, s.dueFen, s.advanceMonths,
                s.advanceFen, s.lastUpToCurrent == 0 ? null : Months.of(s.lastUpToCurrent), Months.of(s.last))));
        return result;
    }

    /** The latest paid month up to {@code asOf} and how many months up to it were paid: [month code, count]. */
    static Map<Long, long[]> standings(EntityManager em, Collection<Long> memberIds, YearMonth asOf) {
        Map<Long, long[]> result = new HashMap<>();
        read(em, memberIds, Months.code(asOf), (member, month, amount) -> {
            long[] s = result.computeIfAbsent(member, k -> new long[2]);
            s[0] = Math.max(s[0], month);
            s[1]++;
        });
        return result;
    }

    private static final class Summing {
        int dueMonths;
        long dueFen;
        int advanceMonths;
        long advanceFen;
        int lastUpToCurrent;
        int last;
    }

    private interface PaidRow {
        void accept(long memberId, int month, long amountFen);
    }

    /** Every paid month up to {@code upTo} of the members (null: every member), in one query or a few (see above). */
    private static void read(EntityManager em, Collection<Long> memberIds, int upTo, PaidRow row) {
        String select = "SELECT member_id, dues_month, amount_fen FROM ol_dues_paid_month";
        PaidRow upToOnly = (member, month, amount) -> {
            if (month <= upTo) {
                row.accept(member, month, amount);
            }
        };
        // Plain JDBC on the transaction's own connection (RESOURCE_LOCAL, begun by Transactions): the same query in
        // JPQL cost three times as much, all of it in making EclipseLink's Object[] rows.
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("paid months are read inside a transaction");
        }
        if (memberIds == null) {
            each(c, select, List.of(), null, upToOnly);
            return;
        }
        if (memberIds.isEmpty()) {
            return;
        }
        long min = memberIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = memberIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        if (memberIds.size() > CHUNK && max - min < (long) memberIds.size() * PROBE_COST) {
            each(c, select + " WHERE member_id BETWEEN ? AND ?", List.of(min, max), new HashSet<>(memberIds),
                    upToOnly);
            return;
        }
        List<Long> all = new ArrayList<>(memberIds);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> ids = all.subList(i, Math.min(all.size(), i + CHUNK));
            each(c, select + " WHERE member_id IN (?" + ", ?".repeat(ids.size() - 1) + ")", ids, null, upToOnly);
        }
    }

    /** @param only the members to keep, or null for all the query found */
    private static void each(Connection c, String sql, List<?> args, Set<Long> only, PaidRow row) {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setLong(i + 1, ((Number) args.get(i)).longValue());
            }
            statement.setFetchSize(1_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long member = rs.getLong(1);
                    if (only == null || only.contains(member)) {
                        row.accept(member, rs.getInt(2), rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the paid months", e);
        }
    }
}
