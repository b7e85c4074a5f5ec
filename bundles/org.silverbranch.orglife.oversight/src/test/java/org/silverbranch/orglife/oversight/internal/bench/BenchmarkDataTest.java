package org.silverbranch.orglife.oversight.internal.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.security.PersonalDataKey;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.jpa.JpaTestDatabase;

/**
 * The benchmark generator at a small scale on a database migrated with every bundle's scripts (Derby, or PostgreSQL
 * with SILVERBRANCH_TEST_POSTGRES): a schema change that the generator does not follow fails here, not silently in
 * the benchmark. Also checks what the platform relies on: ID numbers it can decrypt, attendance of a branch's own
 * members, meeting counts that match their rows, payments that match their months, identities that go on after the
 * generated ids.
 */
public class BenchmarkDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final BenchmarkData.Settings SMALL = new BenchmarkData.Settings(600, 30, 6_000, TODAY, 7);

    private static PersonalDataProtection protection;
    private static JpaTestDatabase db;
    private static BenchmarkData.Summary summary;

    @BeforeClass
    public static void generate() throws SQLException {
        protection = new PersonalDataProtection(PersonalDataKey.generate());
        db = new JpaTestDatabase(ds -> AllSchemas.migrate(ds, protection), "silverbranch-core");
        try (Connection c = db.dataSource.getConnection()) {
            summary = BenchmarkData.generate(c, protection, SMALL);
        }
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    private static long count(String sql, Object... args) {
        return db.count(sql, args);
    }

    @Test
    public void theDistrictHasTheMembersInRetireeBranchesUnderTheRealCommunities() {
        assertEquals(600, summary.members());
        assertEquals(20, summary.branches());
        assertEquals(600, count("SELECT COUNT(*) FROM sb_member WHERE demo = ? AND status = 'ACTIVE'", true));
        assertEquals(20, count("SELECT COUNT(*) FROM sb_organization WHERE org_type = 'BRANCH' AND retiree = ?", true));
        assertEquals("every branch under its community's committee", 0, count("SELECT COUNT(*) FROM sb_organization b"
                + " JOIN sb_organization p ON p.id = b.parent_id WHERE b.org_type = 'BRANCH'"
                + " AND (p.org_type <> 'COMMUNITY_COMMITTEE' OR p.community_code <> b.community_code)"));
        assertEquals("every member in a branch of their street", 0, count("SELECT COUNT(*) FROM sb_member m JOIN"
                + " sb_organization b ON b.id = m.branch_id WHERE b.street_code <> m.street_code"
                + " OR b.community_code <> m.community_code"));
        assertTrue("no branch takes the rest", count("SELECT COUNT(*) FROM sb_member GROUP BY branch_id"
                + " ORDER BY COUNT(*) DESC FETCH FIRST 1 ROWS ONLY") <= 55);
        assertTrue(summary.leaders() >= 19 && summary.leaders() <= 60);
    }

    @Test
    public void theLedgerRowsComeCloseToTheTarget() {
        long ledger = summary.ledgerRows();
        assertTrue("ledger rows " + ledger, ledger > 5_000 && ledger < 7_000);
        assertEquals(summary.attendances(), count("SELECT COUNT(*) FROM ol_meeting_attendee"));
        assertEquals(summary.payments(), count("SELECT COUNT(*) FROM ol_dues_payment"));
        assertEquals(summary.appraisals(), count("SELECT COUNT(*) FROM ol_appraisal"));
        assertTrue(summary.appraisals() > 540);
        assertTrue(summary.paidMonths() > 5 * 600);
    }

    @Test
    public void meetingsAreHeldInTheYearWithTheirOwnMembersAndMatchingCounts() {
        assertEquals(0, count("SELECT COUNT(*) FROM ol_meeting WHERE meeting_date >= ? OR meeting_date < ?",
                java.sql.Date.valueOf(TODAY), java.sql.Date.valueOf(LocalDate.of(2026, 1, 1))));
        assertEquals("attendees are members of the meeting's branch", 0, count("SELECT COUNT(*) FROM"
                + " ol_meeting_attendee a JOIN ol_meeting m ON m.id = a.meeting_id JOIN sb_member p ON p.id ="
                + " a.member_id WHERE p.branch_id <> m.branch_id"));
        assertEquals(count("SELECT SUM(present_count + remote_count + absent_count) FROM ol_meeting"),
                count("SELECT COUNT(*) FROM ol_meeting_attendee"));
        assertEquals(count("SELECT SUM(remote_count) FROM ol_meeting"),
                count("SELECT COUNT(*) FROM ol_meeting_attendee WHERE status = 'REMOTE'"));
        assertEquals("only away members take part remotely", 0, count("SELECT COUNT(*) FROM ol_meeting_attendee a"
                + " JOIN sb_member p ON p.id = a.member_id WHERE a.status = 'REMOTE' AND p.residency_status ="
                + " 'RESIDENT'"));
        assertTrue(count("SELECT COUNT(DISTINCT meeting_type) FROM ol_meeting") >= 6);
        assertEquals("the meeting's street, branch and date copied as the meetings bundle does", 0, count("SELECT"
                + " COUNT(*) FROM ol_meeting_attendee a JOIN ol_meeting m ON m.id = a.meeting_id WHERE"
                + " a.street_code <> m.street_code OR a.branch_id <> m.branch_id OR (a.status = 'ABSENT' AND"
                + " a.participation_date IS NOT NULL) OR (a.status <> 'ABSENT' AND (a.participation_date IS NULL"
                + " OR a.participation_date <> m.meeting_date))"));
    }

    @Test
    public void paymentsMatchTheirMonthsAndSomeMembersFallBehind() {
        assertEquals(0, count("SELECT COUNT(*) FROM ol_dues_payment p WHERE p.amount_fen <> (SELECT SUM(m.amount_fen)"
                + " FROM ol_dues_paid_month m WHERE m.payment_id = p.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM ol_dues_paid_month WHERE dues_month < 202601 OR dues_month > 202612"));
        long behind = count("SELECT COUNT(*) FROM (SELECT member_id FROM ol_dues_paid_month GROUP BY member_id"
                + " HAVING MAX(dues_month) <= 202607) x");
        long never = count("SELECT COUNT(*) FROM sb_member m WHERE NOT EXISTS (SELECT 1 FROM ol_dues_payment p"
                + " WHERE p.member_id = m.id)");
        assertTrue("for the six-month watch: " + behind + " behind, " + never + " never paid", behind > 10 && never > 5);
    }

    @Test
    public void idNumbersAreRealCiphertextTheCoreCanUnmask() throws SQLException {
        assertEquals(600, count("SELECT COUNT(DISTINCT active_id_hash) FROM sb_member"));
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number, id_number_enc, id_number_hash, birth_date FROM"
                     + " sb_member ORDER BY id FETCH FIRST 20 ROWS ONLY")) {
            while (rs.next()) {
                String clear = protection.revealIdNumber(rs.getString(2));
                assertTrue(clear, ResidentIdNumber.isValid(clear));
                assertEquals(java.util.Optional.of(rs.getDate(4).toLocalDate()), ResidentIdNumber.birthDate(clear));
                assertEquals(rs.getString(3), protection.idNumberHash(clear));
                assertEquals(ResidentIdNumber.mask(clear), rs.getString(1));
            }
        }
    }

    @Test
    public void starsInspectionsAndTasksAreThere() {
        assertTrue(summary.starRatings() > 20);
        assertEquals(0, count("SELECT COUNT(*) FROM ol_star_rating WHERE stars < 1 OR stars > 5"));
        assertEquals(summary.rectifications(), count("SELECT COUNT(*) FROM ol_rectification"));
        assertTrue(count("SELECT COUNT(*) FROM ol_rectification WHERE status = 'OPEN' AND deadline < ?",
                java.sql.Date.valueOf(TODAY)) >= 0);
    }

    @Test
    public void thePlatformsNextIdsComeAfterTheGeneratedOnesAndASecondRunAddsMore() throws SQLException {
        try (JpaTestDatabase fresh = new JpaTestDatabase(ds -> AllSchemas.migrate(ds, protection),
                "silverbranch-core")) {
            try (Connection c = fresh.dataSource.getConnection()) {
                BenchmarkData.generate(c, protection, new BenchmarkData.Settings(60, 30, 600, TODAY, 3));
            }
            long maxMeeting = fresh.count("SELECT MAX(id) FROM ol_meeting");
            try (Connection c = fresh.dataSource.getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO ol_meeting (version, organization_id,"
                         + " branch_id, street_code, meeting_type, status, meeting_date, topic, expected_attendees,"
                         + " present_count, remote_count, absent_count, created_at, created_by, updated_at,"
                         + " updated_by) VALUES (0, 1, 1, '230109002', 'THEME_PARTY_DAY', 'PLANNED', ?, 'x', 0, 0, 0,"
                         + " 0, ?, 't', ?, 't')")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setDate(1, java.sql.Date.valueOf(TODAY));
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
            }
            assertEquals(maxMeeting + 1, fresh.count("SELECT MAX(id) FROM ol_meeting"));
            try (Connection c = fresh.dataSource.getConnection()) {
                BenchmarkData.Summary more = BenchmarkData.generate(c, protection,
                        new BenchmarkData.Settings(90, 30, 900, TODAY, 8));
                assertEquals(90, more.members());
                assertEquals("one committee for the third community, the others existed", more.branches() + 1,
                        more.organizations());
            }
            assertEquals("no committee twice", 0, fresh.count("SELECT COUNT(*) FROM (SELECT street_code, community_code"
                    + " FROM sb_organization WHERE org_type <> 'BRANCH' GROUP BY street_code, community_code, org_type"
                    + " HAVING COUNT(*) > 1) x"));
            assertEquals(150, fresh.count("SELECT COUNT(*) FROM sb_member"));
            assertEquals(150, fresh.count("SELECT COUNT(DISTINCT active_id_hash) FROM sb_member"));
            assertTrue(fresh.count("SELECT MIN(id) FROM ol_meeting WHERE topic <> 'x' AND id > ?", maxMeeting + 1)
                    > maxMeeting + 1);
        }
    }
}
