package org.silverbranch.orglife.meetings.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.internal.FakeCore;

/**
 * Figures, not a check: the participation and compliance queries over 100,000 members and 1,000,000 roll rows
 * (9 streets, 1,000 branches, 20,000 held meetings of 50 members each). Run with {@code -Dorglife.meetings.bench=true};
 * it prints the time of each query.
 */
public class ParticipationBenchmarkTest {

    private static final int STREETS = 9;
    private static final int BRANCHES = 1000;
    private static final int MEMBERS_PER_BRANCH = 100;
    private static final int MEETINGS = 20_000;
    private static final int ROLL = 50;

    @Test
    public void figures() throws Exception {
        assumeTrue(Boolean.getBoolean("orglife.meetings.bench"));
        try (Fixture f = new Fixture()) {
            long start = System.nanoTime();
            fill(f);
            System.out.printf("fill: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            String street = FakeCore.TAIYANGDAO;
            for (int round = 0; round < 3; round++) {
                time("lastParticipationInStreet (one street)", () ->
                        f.participation.lastParticipationInStreet(FakeCore.DISTRICT_ADMIN, street).size());
                time("lastParticipationInStreet (district)", () ->
                        f.participation.lastParticipationInStreet(FakeCore.DISTRICT_ADMIN, null).size());
                List<Long> ids = new ArrayList<>();
                for (long id = 1; id <= 11_000; id++) {
                    ids.add(id);
                }
                time("lastParticipation (11,000 member ids)", () ->
                        f.participation.lastParticipation(FakeCore.DISTRICT_ADMIN, ids).size());
                time("street rate (year)", () ->
                        (int) f.participation.street(FakeCore.DISTRICT_ADMIN, street, Period.year(2026)).meetings());
                time("rates by branch (year)", () ->
                        f.participation.byBranch(FakeCore.DISTRICT_ADMIN, street, Period.year(2026)).size());
                time("rates by street (year)", () ->
                        f.participation.byStreet(FakeCore.DISTRICT_ADMIN, Period.year(2026)).size());
            }
            Map<Long, LocalDate> all = f.participation.lastParticipationInStreet(FakeCore.DISTRICT_ADMIN, null);
            assertEquals(BRANCHES * 45, all.size());   // the last 5 of each roll were always absent
        }
    }

    private interface Query {
        int run();
    }

    private static void time(String what, Query query) {
        long start = System.nanoTime();
        int rows = query.run();
        System.out.printf("%-45s %6d ms  (%d rows)%n", what, (System.nanoTime() - start) / 1_000_000, rows);
    }

    /** 20 meetings per branch over 2026, each with the branch's first 50 members, PRESENT, REMOTE or ABSENT. */
    private static void fill(Fixture f) throws Exception {
        try (Connection c = f.db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf("2026-11-16 10:00:00");
            try (PreparedStatement m = c.prepareStatement("INSERT INTO ol_meeting (id, version, organization_id,"
                    + " branch_id, street_code, meeting_type, status, meeting_date, topic, expected_attendees,"
                    + " present_count, remote_count, absent_count, created_at, created_by, updated_at, updated_by)"
                    + " VALUES (?, 1, ?, ?, ?, 'THEME_PARTY_DAY', 'HELD', ?, 'x', 100, 40, 5, 5, ?, 'b', ?, 'b')");
                 PreparedStatement a = c.prepareStatement("INSERT INTO ol_meeting_attendee (id, version, meeting_id,"
                         + " member_id, member_name, status, reason, street_code, branch_id, participation_date)"
                         + " VALUES (?, 1, ?, ?, 'x', ?, ?, ?, ?, ?)")) {
                long attendee = 1;
                for (int i = 1; i <= MEETINGS; i++) {
                    int branch = (i - 1) % BRANCHES;
                    String street = "23010900" + (1 + branch % STREETS);
                    if (branch % STREETS == 1) {
                        street = FakeCore.TAIYANGDAO;
                    }
                    m.setLong(1, i);
                    m.setLong(2, 10_000 + branch);
                    m.setLong(3, 10_000 + branch);
                    m.setString(4, street);
                    Date date = Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i % 330));
                    m.setDate(5, date);
                    m.setTimestamp(6, now);
                    m.setTimestamp(7, now);
                    m.addBatch();
                    for (int k = 0; k < ROLL; k++) {
                        a.setLong(1, attendee++);
                        a.setLong(2, i);
                        a.setLong(3, (long) branch * MEMBERS_PER_BRANCH + k + 1);
                        a.setString(4, k < 40 ? "PRESENT" : k < 45 ? "REMOTE" : "ABSENT");
                        a.setString(5, k < 45 ? null : "外出");
                        a.setString(6, street);
                        a.setLong(7, 10_000 + branch);
                        a.setDate(8, k < 45 ? date : null);
                        a.addBatch();
                    }
                    if (i % 500 == 0) {
                        m.executeBatch();
                        a.executeBatch();
                        c.commit();
                    }
                }
                m.executeBatch();
                a.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                // identity columns continue after the ids written here (Derby and PostgreSQL alike ignore the rest)
                s.execute(f.db.dataSource.getClass().getName().contains("derby")
                        ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'OL_MEETING_ATTENDEE', NULL)"
                        : "ANALYZE");
            }
            c.commit();
        }
    }
}
