package org.silverbranch.orglife.dues.internal.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;
import static org.silverbranch.orglife.dues.internal.FakeCore.AUDITOR;
import static org.silverbranch.orglife.dues.internal.FakeCore.OUMEIYA_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.SONGBEI;
import static org.silverbranch.orglife.dues.internal.FakeCore.STREET_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.TAIYANGDAO;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.YIYUAN_BRANCH;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.dues.internal.service.Fixture;

/**
 * Times the street and district figures over a large district: only with {@code -Ddues.bench=<members>} (e.g.
 * 100000), otherwise skipped. The members are the fake core's (in memory, so the core's one query is not in the
 * time, but the fake's filtering is); every member paid from January of 2026 up to a month between January and
 * November (about 5.5 months each: ~550,000 paid months for 100,000 members), written straight into the real
 * database. Members are spread over the streets' three branches in turn, so a street's ids are not one range. The
 * timings go to the console and to target/dues-bench.txt.
 */
public class DuesFiguresBenchmark {

    private static final Integer MEMBERS = Integer.getInteger("dues.bench");
    private static final int RUNS = 5;

    private Fixture f;
    private final List<String> report = new ArrayList<>();

    @After
    public void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    public void streetAndDistrictFigures() throws Exception {
        assumeTrue("set -Ddues.bench=<members> to run", MEMBERS != null);
        f = new Fixture();
        long start = System.nanoTime();
        List<Member> members = members(MEMBERS);
        int paidMonths = payments(members);
        report.add(String.format("%d members, %d paid months, loaded in %d s", members.size(), paidMonths,
                (System.nanoTime() - start) / 1_000_000_000));

        Period year = Period.year(2026);
        YearMonth november = YearMonth.of(2026, 11);
        time("fake core facts(street) alone", () -> f.core.members.facts(STREET_ADMIN, TAIYANGDAO).size());
        time("fake core facts(district) alone", () -> f.core.members.facts(AUDITOR, null).size());
        DuesTotals street = time("streetCollection " + TAIYANGDAO,
                () -> f.reports.streetCollection(STREET_ADMIN, TAIYANGDAO, year));
        time("streetCollection " + SONGBEI, () -> f.reports.streetCollection(AUDITOR, SONGBEI, year));
        time("streetStandings " + TAIYANGDAO, () -> f.reports.streetStandings(STREET_ADMIN, TAIYANGDAO, november));
        time("street (StreetDues) " + TAIYANGDAO, () -> f.reports.street(STREET_ADMIN, TAIYANGDAO, year));
        DuesTotals district = time("districtCollection", () -> f.reports.districtCollection(AUDITOR, year));
        time("branchCollection (street admin)", () -> f.reports.branchCollection(STREET_ADMIN, TIANEHU_BRANCH, year));

        assertEquals(paidMonths, district.monthsPaid());
        assertEquals(district.members(), street.members()
                + f.reports.streetCollection(AUDITOR, SONGBEI, year).members());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "dues-bench.txt"), report, StandardCharsets.UTF_8);
    }

    /** Members in the three branches in turn; one in fifty transferred out, one in a hundred without a pension. */
    private List<Member> members(int count) {
        long[] branches = {TIANEHU_BRANCH, YIYUAN_BRANCH, OUMEIYA_BRANCH};
        List<Member> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Long pension = i % 100 == 7 ? null : 300_000L + (i % 7) * 100_000L;
            MemberStatus status = i % 50 == 3 ? MemberStatus.TRANSFERRED_OUT : MemberStatus.ACTIVE;
            members.add(f.core.member("党员" + i, branches[i % 3], pension, LocalDate.of(1960 + i % 50, 1 + i % 12, 1),
                    status));
        }
        return members;
    }

    /** One payment per member of January up to a month between January and November, straight in SQL. */
    private int payments(List<Member> members) throws SQLException {
        int paidMonths = 0;
        try (Connection c = f.db.dataSource.getConnection();
             PreparedStatement payment = c.prepareStatement("INSERT INTO ol_dues_payment (id, version, member_id,"
                     + " branch_id, street_code, amount_fen, method, paid_on, paid_by, recorded_by, recorded_at)"
                     + " VALUES (?, 0, ?, ?, ?, ?, 'CASH', ?, 'SELF', 'bench', ?)");
             PreparedStatement month = c.prepareStatement("INSERT INTO ol_dues_paid_month (version, payment_id,"
                     + " member_id, dues_month, amount_fen) VALUES (0, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf(Fixture.TODAY.atStartOfDay());
            for (Member m : members) {
                int months = 1 + (int) (m.id() % 11);
                long monthly = 2_500;
                payment.setLong(1, m.id());
                payment.setLong(2, m.id());
                payment.setLong(3, m.branchId());
                payment.setString(4, m.streetCode());
                payment.setLong(5, months * monthly);
                payment.setDate(6, Date.valueOf(Fixture.TODAY));
                payment.setTimestamp(7, now);
                payment.addBatch();
                for (int i = 1; i <= months; i++) {
                    month.setLong(1, m.id());
                    month.setLong(2, m.id());
                    month.setInt(3, 202600 + i);
                    month.setLong(4, monthly);
                    month.addBatch();
                    paidMonths++;
                }
                if (m.id() % 2_000 == 0) {
                    payment.executeBatch();
                    month.executeBatch();
                }
            }
            payment.executeBatch();
            month.executeBatch();
            c.commit();
            try (Statement s = c.createStatement()) {  // as a database in use would have them
                for (String table : Arrays.asList("OL_DUES_PAYMENT", "OL_DUES_PAID_MONTH")) {
                    if (c.getMetaData().getDatabaseProductName().contains("Derby")) {
                        s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                    } else {
                        s.execute("ANALYZE " + table);
                    }
                }
            }
            c.commit();
        }
        return paidMonths;
    }

    /** Two warm-up runs, then the fastest and the median of {@value #RUNS}. */
    private <T> T time(String what, Supplier<T> action) {
        action.get();
        T result = action.get();
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = action.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        report.add(String.format("%-40s min %5d ms, median %5d ms", what, ms[0], ms[RUNS / 2]));
        return result;
    }
}
