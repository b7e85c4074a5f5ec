package org.silverbranch.orglife.oversight.internal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.security.PersonalDataKey;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection.ProtectedIdNumber;

/**
 * Fills a migrated Silverbranch database with a district for the dashboard benchmark (issue 5: "100 k members and
 * 1 M ledger rows"): retiree branches of about {@code branchSize} members (type BRANCH, retiree) under the real
 * communities of the loaded division codes, each with its community committee and the street's working committee,
 * leaders, members, and one year of organizational life up to {@code today}: held meetings with attendance, dues
 * payments with their paid months, appraisals, star ratings and inspections with rectification tasks.
 * <p>
 * "Ledger rows" are the member ledger's entries: attendances + dues payments + appraisals; they are aimed at
 * {@code ledgerRows} by scaling how often members attend (payments and appraisals follow from the members). The
 * paid-month rows of the payments come on top (about ten per member and year).
 * <p>
 * Plain JDBC batches into the real tables (core {@code sb_*}, organizational life {@code ol_*}), with ids from the
 * tables' highest id on and each identity column restarted after it, so the platform's own inserts go on from
 * there. Run it while the platform is stopped (embedded Derby allows one process). ID numbers are valid GB 11643
 * numbers, encrypted and hashed with the platform's key file like the core does it (unmask works); members are
 * flagged {@code demo}. Reproducible for a seed. Portable SQL: Derby and PostgreSQL.
 * <pre>
 * java -cp derby.jar:core.api.jar:core.persistence.jar:slf4j-api.jar:test-classes \
 *   org.silverbranch.orglife.oversight.internal.bench.BenchmarkData --url jdbc:derby:DATA/derby/silverbranch \
 *   --key ETC/silverbranch-keys/personal-data.key [--members 100000] [--branch-size 30] [--ledger-rows 1000000]
 *   [--today 2026-11-25] [--seed 1]
 * </pre>
 */
public final class BenchmarkData {

    /** What to make. {@code today}: the data's last day; the year is today's, from January. */
    public record Settings(int members, int branchSize, long ledgerRows, LocalDate today, long seed) {
        public Settings {
            if (members < 1 || branchSize < 3 || ledgerRows < 0) {
                throw new IllegalArgumentException("members >= 1, branchSize >= 3, ledgerRows >= 0 expected");
            }
        }
    }

    /** Rows written. */
    public record Summary(int organizations, int branches, int members, int leaders, int meetings, long attendances,
                          long payments, long paidMonths, int appraisals, int starRatings, int inspections,
                          int rectifications) {
        public long ledgerRows() {
            return attendances + payments + appraisals;
        }
    }

    private static final String BY = "system:benchmark";
    /** Committee members rarely miss their monthly meeting. */
    private static final double COMMITTEE_ATTENDANCE = 0.9;
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String[] GIVEN = {"建国", "志强", "国华", "文斌", "德明", "振华", "学军", "长青", "永福", "庆林",
        "秀兰", "桂英", "玉珍", "淑华", "凤兰", "丽华", "秀珍", "桂芝", "雅琴", "春梅"};
    private static final String[] PLACES = {"海南省三亚市", "海南省海口市", "广西壮族自治区北海市", "云南省西双版纳州"};
    private static final String[] METHODS = {"WECHAT", "WECHAT", "WECHAT", "CASH", "CASH", "CASH", "ALIPAY",
        "BANK_TRANSFER"};
    private static final String[] RESULTS = {"EXCELLENT", "QUALIFIED", "BASICALLY_QUALIFIED", "UNQUALIFIED"};
    private static final String[] CLASSES = {"FIRST", "SECOND", "THIRD"};
    /** The tables whose ids this generator assigns, and whose identity it restarts after. */
    private static final String[] ID_TABLES = {"sb_organization", "sb_member", "sb_leader", "ol_meeting",
        "ol_meeting_attendee", "ol_dues_payment", "ol_dues_paid_month", "ol_appraisal", "ol_star_rating",
        "ol_inspection", "ol_rectification"};

    /** A generated branch. */
    private static final class Branch {
        long id;
        String street;
        String community;
        String name;
        double quality;
        final List<Person> members = new ArrayList<>();
        final List<Person> committee = new ArrayList<>();
        Person secretary;
    }

    /** A generated member. */
    private static final class Person {
        long id;
        String name;
        Branch branch;
        String residency;
        double engagement;
        Long pensionFen;
        int duesPattern;
        int stopsAfter;
    }

    private final Connection connection;
    private final PersonalDataProtection protection;
    private final Settings settings;
    private final Random random;
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Timestamp now;
    private final int year;
    private final int lastMonth;
    private final Set<String> usedHashes = new HashSet<>();

    private BenchmarkData(Connection connection, PersonalDataProtection protection, Settings settings) {
        this.connection = connection;
        this.protection = protection;
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.now = Timestamp.from(Instant.now());
        this.year = settings.today().getYear();
        this.lastMonth = settings.today().getMonthValue();
    }

    /** Generates into the database of the connection, in a few transactions; the connection's auto-commit is off. */
    public static Summary generate(Connection connection, PersonalDataProtection protection, Settings settings)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return new BenchmarkData(connection, protection, settings).run();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Summary run() throws SQLException {
        for (String table : ID_TABLES) {
            nextIds.put(table, max(table) + 1);
        }
        loadUsedHashes();
        Map<String, List<String[]>> communities = communities();
        if (communities.isEmpty()) {
            throw new IllegalStateException("no communities: start the platform once so that it loads the district");
        }
        int organizationsBefore = (int) count("sb_organization");
        List<Branch> branches = organizations(communities);
        int organizations = (int) count("sb_organization") - organizationsBefore;
        int members = members(branches);
        int leaders = leaders(branches);
        connection.commit();
        long[] dues = dues(branches);
        int appraisals = appraisals(branches);
        connection.commit();
        long attendanceBudget = Math.max(0, settings.ledgerRows() - dues[0] - appraisals);
        long[] meetings = meetings(branches, attendanceBudget);
        int ratings = starRatings(branches);
        int[] inspections = inspections(branches);
        connection.commit();
        restartIdentities();
        connection.commit();
        return new Summary(organizations, branches.size(), members, leaders, (int) meetings[0], meetings[1], dues[0],
                dues[1], appraisals, ratings, inspections[0], inspections[1]);
    }

    // ---- organizations -------------------------------------------------------------------------------------

    /** street code → its communities {code, name}, by code. */
    private Map<String, List<String[]>> communities() throws SQLException {
        Map<String, List<String[]>> byStreet = new java.util.TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name, street_code FROM sb_community ORDER BY code")) {
            while (rs.next()) {
                byStreet.computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return byStreet;
    }

    private List<Branch> organizations(Map<String, List<String[]>> communities) throws SQLException {
        Map<String, String> streetNames = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name FROM sb_street")) {
            while (rs.next()) {
                streetNames.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String[]> all = new ArrayList<>();
        communities.values().forEach(all::addAll);
        Map<String, String> streetOf = new HashMap<>();
        communities.forEach((street, list) -> list.forEach(c -> streetOf.put(c[0], street)));
        int branchCount = (settings.members() + settings.branchSize() - 1) / settings.branchSize();
        List<Branch> branches = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sb_organization (id, version, name,"
                + " org_type, retiree, street_code, community_code, parent_id, founded_on, status, created_at,"
                + " updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")) {
            Map<String, Long> streetCommittees = new HashMap<>();
            Map<String, Long> communityCommittees = new HashMap<>();
            Map<String, Integer> perCommunity = new HashMap<>();
            for (int i = 0; i < branchCount; i++) {
                String[] community = all.get(i % all.size());
                String street = streetOf.get(community[0]);
                Long streetCommittee = streetCommittees.get(street);
                if (streetCommittee == null) {
                    streetCommittee = existing("STREET_COMMITTEE", street, null);
                    if (streetCommittee == null) {
                        String name = streetNames.get(street);
                        streetCommittee = organization(insert, name + (name.endsWith("镇") ? "党委" : "党工委"),
                                "STREET_COMMITTEE", street, null, null, LocalDate.of(2010, 7, 1));
                    }
                    streetCommittees.put(street, streetCommittee);
                }
                Long communityCommittee = communityCommittees.get(community[0]);
                if (communityCommittee == null) {
                    communityCommittee = existing("COMMUNITY_COMMITTEE", street, community[0]);
                    if (communityCommittee == null) {
                        communityCommittee = organization(insert, community[1] + "党委", "COMMUNITY_COMMITTEE", street,
                                community[0], streetCommittee, LocalDate.of(2012, 7, 1));
                    }
                    communityCommittees.put(community[0], communityCommittee);
                }
                int n = perCommunity.merge(community[0], 1, Integer::sum);
                Branch b = new Branch();
                b.street = street;
                b.community = community[0];
                b.name = community[1] + "离退休干部第" + n + "党支部";
                double dice = random.nextDouble();
                b.quality = dice < 0.5 ? 0.95 : dice < 0.8 ? 0.8 : 0.45;
                b.id = organization(insert, b.name, "BRANCH", street, community[0], communityCommittee,
                        LocalDate.of(2010 + random.nextInt(15), 7, 1));
                branches.add(b);
            }
            insert.executeBatch();
        }
        return branches;
    }

    private Long existing(String type, String street, String community) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(id) FROM sb_organization WHERE"
                + " org_type = ? AND street_code = ?" + (community == null ? "" : " AND community_code = ?"))) {
            select.setString(1, type);
            select.setString(2, street);
            if (community != null) {
                select.setString(3, community);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

    private long organization(PreparedStatement insert, String name, String type, String street, String community,
                              Long parent, LocalDate founded) throws SQLException {
        long id = nextId("sb_organization");
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setString(3, type);
        insert.setBoolean(4, "BRANCH".equals(type));
        insert.setString(5, street);
        insert.setString(6, community);
        setLong(insert, 7, parent);
        insert.setDate(8, Date.valueOf(founded));
        insert.setTimestamp(9, now);
        insert.setTimestamp(10, now);
        insert.addBatch();
        if (!"BRANCH".equals(type)) {
            insert.executeBatch();   // parents exist before their children reference them
        }
        return id;
    }

    // ---- members and leaders -------------------------------------------------------------------------------

    /** Sizes around the branch size, a few tiny (化并转 candidates) and a few over 50 (general branch). */
    private int members(List<Branch> branches) throws SQLException {
        int[] sizes = new int[branches.size()];
        long sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            double dice = random.nextDouble();
            sizes[i] = dice < 0.03 ? 2 : dice < 0.06 ? 55
                    : (int) Math.round(settings.branchSize() * (0.6 + 0.8 * random.nextDouble()));
            sum += sizes[i];
        }
        // scaled to the exact total by cumulative rounding, so no branch takes the rest
        long cumulative = 0;
        long placed = 0;
        for (int i = 0; i < sizes.length; i++) {
            cumulative += sizes[i];
            long target = Math.round((double) cumulative * settings.members() / sum);
            sizes[i] = (int) (target - placed);
            placed = target;
        }
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sb_member (id, version, name, gender,"
                + " ethnicity, birth_date, id_number, id_number_enc, id_number_hash, active_id_hash, phone, address,"
                + " street_code, community_code, branch_id, category, membership, joined_party_on, former_employer,"
                + " former_position, retired_on, residency_status, residency_place, residency_since, residency_return,"
                + " specialties, hobbies, status, demo, created_at, updated_at, monthly_pension_fen)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?,"
                + " ?, ?, ?)")) {
            for (int i = 0; i < branches.size(); i++) {
                Branch b = branches.get(i);
                for (int n = 0; n < sizes[i]; n++) {
                    b.members.add(member(insert, b));
                    if (++written % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    private Person member(PreparedStatement insert, Branch b) throws SQLException {
        Person p = new Person();
        p.id = nextId("sb_member");
        p.branch = b;
        boolean male = random.nextBoolean();
        p.name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(10) + (male ? 0 : 10)];
        LocalDate today = settings.today();
        LocalDate birth = today.minusYears(60 + random.nextInt(36)).minusDays(1 + random.nextInt(364));
        LocalDate joined = birth.plusYears(20 + random.nextInt(25)).withDayOfMonth(1);
        ProtectedIdNumber id = idNumber(birth, male);
        int dice = random.nextInt(100);
        p.residency = dice < 12 ? "AWAY_SEASONAL" : dice < 15 ? "AWAY_LONG_TERM" : "RESIDENT";
        double engaged = random.nextDouble();
        p.engagement = engaged < 0.6 ? 0.6 : engaged < 0.88 ? 0.3 : 0.0;
        int pattern = random.nextInt(100);
        p.duesPattern = pattern < 12 ? 1 : pattern < 47 ? 3 : pattern < 85 ? 6 : pattern < 95 ? -1 : 0;
        p.stopsAfter = 3 + random.nextInt(6);
        p.pensionFen = pattern >= 97 ? null : 300_000L + random.nextInt(6_000) * 100L;

        insert.setLong(1, p.id);
        insert.setString(2, p.name);
        insert.setString(3, male ? "MALE" : "FEMALE");
        insert.setString(4, random.nextInt(10) == 0 ? "满族" : "汉族");
        insert.setDate(5, Date.valueOf(birth));
        insert.setString(6, id.masked());
        insert.setString(7, id.encrypted());
        insert.setString(8, id.hash());
        insert.setString(9, id.hash());
        insert.setString(10, "139" + String.format("%08d", random.nextInt(100_000_000)));
        insert.setString(11, "松北区" + (1 + random.nextInt(40)) + "栋" + (1 + random.nextInt(6)) + "单元");
        insert.setString(12, b.street);
        insert.setString(13, b.community);
        insert.setLong(14, b.id);
        insert.setString(15, birth.isBefore(LocalDate.of(1935, 1, 1)) ? "VETERAN" : "RETIRED");
        insert.setString(16, random.nextInt(40) == 0 ? "PROBATIONARY" : "FULL");
        insert.setDate(17, Date.valueOf(joined));
        insert.setString(18, "哈尔滨电机厂");
        insert.setString(19, "工程师");
        LocalDate retired = birth.plusYears(male ? 60 : 55);
        setDate(insert, 20, retired.isAfter(today) ? null : retired);
        insert.setString(21, p.residency);
        if ("AWAY_SEASONAL".equals(p.residency)) {
            LocalDate since = LocalDate.of(year, 11, 1 + random.nextInt(20));
            since = since.isAfter(today) ? since.minusYears(1) : since;
            insert.setString(22, PLACES[random.nextInt(PLACES.length)]);
            insert.setDate(23, Date.valueOf(since));
            insert.setDate(24, Date.valueOf(LocalDate.of(since.getYear() + 1, 4, 1 + random.nextInt(28))));
        } else if ("AWAY_LONG_TERM".equals(p.residency)) {
            insert.setString(22, "北京市朝阳区");
            insert.setDate(23, Date.valueOf(today.minusMonths(6 + random.nextInt(30))));
            insert.setNull(24, Types.DATE);
        } else {
            insert.setNull(22, Types.VARCHAR);
            insert.setNull(23, Types.DATE);
            insert.setNull(24, Types.DATE);
        }
        insert.setString(25, "[\"书法\"]");
        insert.setString(26, "[\"太极拳\"]");
        insert.setBoolean(27, true);
        insert.setTimestamp(28, now);
        insert.setTimestamp(29, now);
        setLong(insert, 30, p.pensionFen);
        insert.addBatch();
        return p;
    }

    /** A valid, unique number of 松北区 (230109), the sequence digit's parity the gender's (GB 11643). */
    private ProtectedIdNumber idNumber(LocalDate birth, boolean male) {
        for (int attempt = 0; ; attempt++) {
            LocalDate b = attempt < 50 ? birth : birth.plusDays(attempt);
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = "230109" + b.toString().replace("-", "") + String.format("%03d", sequence);
            String number = first17 + ResidentIdNumber.checkCharacter(first17);
            String hash = protection.idNumberHash(number);
            if (usedHashes.add(hash)) {
                return protection.protectIdNumber(number);
            }
        }
    }

    private void loadUsedHashes() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number_hash FROM sb_member WHERE id_number_hash IS NOT NULL")) {
            while (rs.next()) {
                usedHashes.add(rs.getString(1));
            }
        }
    }

    /** A secretary for 95 % of branches; with 7 or more members also a deputy and a committee member. */
    private int leaders(List<Branch> branches) throws SQLException {
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sb_leader (id, version,"
                + " organization_id, member_id, leader_role, term_start, term_end, created_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?)")) {
            for (Branch b : branches) {
                if (b.members.isEmpty() || random.nextInt(20) == 0) {
                    continue;
                }
                boolean expired = random.nextInt(20) == 0;
                LocalDate start = expired ? LocalDate.of(2019, 7, 1) : LocalDate.of(2024, 7, 1);
                List<String> roles = b.members.size() >= 7
                        ? List.of("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER") : List.of("SECRETARY");
                for (int i = 0; i < roles.size(); i++) {
                    Person p = b.members.get(i);
                    insert.setLong(1, nextId("sb_leader"));
                    insert.setLong(2, b.id);
                    insert.setLong(3, p.id);
                    insert.setString(4, roles.get(i));
                    insert.setDate(5, Date.valueOf(start));
                    insert.setDate(6, Date.valueOf(start.plusYears(5).minusDays(1)));
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    written++;
                    if (i == 0) {
                        b.secretary = p;
                    }
                    b.committee.add(p);
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    // ---- dues ----------------------------------------------------------------------------------------------

    /**
     * Payments of the year up to today, by pattern: monthly, by quarter or half-year in advance (with the
     * secretary's consent), stopped after a few months (arrears the six-month watch flags), or none.
     *
     * @return payments, paid months
     */
    private long[] dues(List<Branch> branches) throws SQLException {
        long payments = 0;
        long months = 0;
        try (PreparedStatement payment = connection.prepareStatement("INSERT INTO ol_dues_payment (id, version,"
                + " member_id, branch_id, street_code, amount_fen, method, paid_on, paid_by, proxy_name, consent_by,"
                + " consent_on, note, recorded_by, recorded_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)");
             PreparedStatement paid = connection.prepareStatement("INSERT INTO ol_dues_paid_month (id, version,"
                     + " payment_id, member_id, dues_month, amount_fen) VALUES (?, 0, ?, ?, ?, ?)")) {
            for (Branch b : branches) {
                for (Person p : b.members) {
                    if (p.duesPattern == 0) {
                        continue;
                    }
                    long due = p.pensionFen == null ? 2_000L : standardDue(p.pensionFen);
                    int step = p.duesPattern == -1 ? 1 : p.duesPattern;
                    int until = p.duesPattern == -1 ? Math.min(lastMonth, p.stopsAfter) : 12;
                    for (int first = 1; first <= until; first += step) {
                        LocalDate paidOn = LocalDate.of(year, first, 3 + random.nextInt(20));
                        if (!paidOn.isBefore(settings.today())) {
                            break;
                        }
                        int count = Math.min(step, until - first + 1);
                        long id = nextId("ol_dues_payment");
                        String paidBy = random.nextInt(100) < 80 ? "SELF" : random.nextBoolean() ? "FAMILY" : "SPECIALIST";
                        payment.setLong(1, id);
                        payment.setLong(2, p.id);
                        payment.setLong(3, b.id);
                        payment.setString(4, b.street);
                        payment.setLong(5, due * count);
                        payment.setString(6, METHODS[random.nextInt(METHODS.length)]);
                        payment.setDate(7, Date.valueOf(paidOn));
                        payment.setString(8, paidBy);
                        payment.setString(9, "SELF".equals(paidBy) ? null : p.name.charAt(0) + "明");
                        boolean advance = count > 1 && b.secretary != null;
                        payment.setString(10, advance ? b.secretary.name : null);
                        setDate(payment, 11, advance ? paidOn : null);
                        payment.setString(12, BY);
                        payment.setTimestamp(13, now);
                        payment.addBatch();
                        payments++;
                        for (int m = first; m < first + count; m++) {
                            paid.setLong(1, nextId("ol_dues_paid_month"));
                            paid.setLong(2, id);
                            paid.setLong(3, p.id);
                            paid.setInt(4, year * 100 + m);
                            paid.setLong(5, due);
                            paid.addBatch();
                            months++;
                        }
                        if (payments % 5_000 == 0) {
                            payment.executeBatch();
                            paid.executeBatch();
                        }
                    }
                }
            }
            payment.executeBatch();
            paid.executeBatch();
        }
        return new long[] {payments, months};
    }

    /** The dues rule's default (0.5 % up to 5,000 yuan, 1 % above; rounded half up; at least 0.20 yuan). */
    static long standardDue(long pensionFen) {
        long rate = pensionFen <= 500_000L ? 50 : 100;
        return Math.max(20L, (pensionFen * rate + 5_000L) / 10_000L);
    }

    // ---- appraisal, meetings, ratings, inspections ---------------------------------------------------------

    /** 民主评议 of the year before, held in February, for 95 % of members. */
    private int appraisals(List<Branch> branches) throws SQLException {
        if (lastMonth < 3) {
            return 0;
        }
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ol_appraisal (id, version, member_id,"
                + " member_name, appraisal_year, result, appraised_on, note, organization_id, street_code,"
                + " recorded_by, recorded_at, updated_by, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?,"
                + " ?, ?)")) {
            for (Branch b : branches) {
                for (Person p : b.members) {
                    if (random.nextInt(20) == 0) {
                        continue;
                    }
                    int dice = random.nextInt(100);
                    insert.setLong(1, nextId("ol_appraisal"));
                    insert.setLong(2, p.id);
                    insert.setString(3, p.name);
                    insert.setInt(4, year - 1);
                    insert.setString(5, RESULTS[dice < 20 ? 0 : dice < 95 ? 1 : dice < 99 ? 2 : 3]);
                    insert.setDate(6, Date.valueOf(LocalDate.of(year, 2, 26)));
                    insert.setLong(7, b.id);
                    insert.setString(8, b.street);
                    insert.setString(9, BY);
                    insert.setTimestamp(10, now);
                    insert.setString(11, BY);
                    insert.setTimestamp(12, now);
                    insert.addBatch();
                    if (++written % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    /** A planned meeting: type, date, whole branch or committee. */
    private record Planned(Branch branch, String type, LocalDate date, boolean committeeOnly) {
    }

    /**
     * The year's held meetings of each branch, per the Branch Work Regulations' rhythm (monthly theme Party day and
     * committee meeting, quarterly assembly and lecture, review and appraisal meetings in February), each slot held
     * with the branch's quality; attendance PRESENT (REMOTE for away members) with each member's engagement scaled
     * to the attendance budget, some absences recorded with a reason.
     *
     * @return meetings, attendances
     */
    private long[] meetings(List<Branch> branches, long budget) throws SQLException {
        List<Planned> held = new ArrayList<>();
        double expectedEngagement = 0;
        double committeeRows = 0;
        long rollSeats = 0;
        for (Branch b : branches) {
            if (b.members.isEmpty()) {
                continue;
            }
            double sum = b.members.stream().mapToDouble(p -> p.engagement).sum();
            for (int m = 1; m <= lastMonth; m++) {
                plan(held, b, "THEME_PARTY_DAY", LocalDate.of(year, m, 10), false);
                if (b.committee.size() >= 3) {
                    plan(held, b, "BRANCH_COMMITTEE", LocalDate.of(year, m, 3), true);
                }
                if (m % 3 == 2) {
                    plan(held, b, "MEMBER_ASSEMBLY", LocalDate.of(year, m, 15), false);
                }
                if (m % 3 == 1) {
                    plan(held, b, "PARTY_LECTURE", LocalDate.of(year, m, 20), false);
                }
                if (m == 2) {
                    plan(held, b, "REVIEW_MEETING", LocalDate.of(year, m, 25), false);
                    plan(held, b, "MEMBER_APPRAISAL", LocalDate.of(year, m, 26), false);
                }
            }
            for (Planned p : held.subList(held.size() - countOf(held, b), held.size())) {
                if (p.committeeOnly()) {
                    committeeRows += b.committee.size() * (COMMITTEE_ATTENDANCE + (1 - COMMITTEE_ATTENDANCE) * 0.1);
                } else {
                    expectedEngagement += sum;
                    rollSeats += b.members.size();
                }
            }
        }
        // rows = committee rows + participations (engagement × scale) + recorded absences (a tenth of the others)
        double left = budget - committeeRows - 0.1 * rollSeats;
        double scale = expectedEngagement == 0 ? 0 : Math.max(0, left / (0.9 * expectedEngagement));
        scale = Math.min(scale, 1 / 0.6);
        long attendances = 0;
        try (PreparedStatement meeting = connection.prepareStatement("INSERT INTO ol_meeting (id, version,"
                + " organization_id, branch_id, street_code, meeting_type, status, meeting_date, place, topic,"
                + " host_member_id, host_name, minutes, expected_attendees, present_count, remote_count, absent_count,"
                + " created_at, created_by, updated_at, updated_by) VALUES (?, 0, ?, ?, ?, ?, 'HELD', ?, ?, ?, ?, ?,"
                + " NULL, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement attendee = connection.prepareStatement("INSERT INTO ol_meeting_attendee (id, version,"
                     + " meeting_id, member_id, member_name, status, reason, street_code, branch_id, participation_date)"
                     + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Planned p : held) {
                long id = nextId("ol_meeting");
                List<Person> roll = p.committeeOnly() ? p.branch().committee : p.branch().members;
                int present = 0;
                int remote = 0;
                int absent = 0;
                boolean winter = p.date().getMonthValue() <= 4 || p.date().getMonthValue() >= 11;
                for (Person person : roll) {
                    boolean away = "AWAY_LONG_TERM".equals(person.residency)
                            || "AWAY_SEASONAL".equals(person.residency) && winter;
                    double chance = p.committeeOnly() ? COMMITTEE_ATTENDANCE : person.engagement * scale;
                    String status;
                    String reason = null;
                    if (random.nextDouble() < chance) {
                        status = away ? "REMOTE" : "PRESENT";
                    } else if (random.nextDouble() < 0.1) {
                        status = "ABSENT";
                        reason = away ? "外出，未能远程参加" : "身体原因请假";
                    } else {
                        continue;
                    }
                    attendee.setLong(1, nextId("ol_meeting_attendee"));
                    attendee.setLong(2, id);
                    attendee.setLong(3, person.id);
                    attendee.setString(4, person.name);
                    attendee.setString(5, status);
                    attendee.setString(6, reason);
                    attendee.setString(7, p.branch().street);
                    attendee.setLong(8, p.branch().id);
                    // the meetings bundle's copy of the date for PRESENT and REMOTE in a held meeting
                    setDate(attendee, 9, "ABSENT".equals(status) ? null : p.date());
                    attendee.addBatch();
                    attendances++;
                    switch (status) {
                        case "PRESENT" -> present++;
                        case "REMOTE" -> remote++;
                        default -> absent++;
                    }
                }
                meeting.setLong(1, id);
                meeting.setLong(2, p.branch().id);
                meeting.setLong(3, p.branch().id);
                meeting.setString(4, p.branch().street);
                meeting.setString(5, p.type());
                meeting.setDate(6, Date.valueOf(p.date()));
                meeting.setString(7, "社区党员活动室");
                meeting.setString(8, topic(p.type(), p.date()));
                Person host = p.branch().secretary;
                setLong(meeting, 9, host == null ? null : host.id);
                meeting.setString(10, host == null ? null : host.name);
                meeting.setInt(11, roll.size());
                meeting.setInt(12, present);
                meeting.setInt(13, remote);
                meeting.setInt(14, absent);
                meeting.setTimestamp(15, now);
                meeting.setString(16, BY);
                meeting.setTimestamp(17, now);
                meeting.setString(18, BY);
                meeting.addBatch();
                if (++n % 2_000 == 0) {
                    meeting.executeBatch();   // meetings first: attendees reference them
                    attendee.executeBatch();
                    connection.commit();
                }
            }
            meeting.executeBatch();
            attendee.executeBatch();
        }
        return new long[] {held.size(), attendances};
    }

    private void plan(List<Planned> held, Branch b, String type, LocalDate date, boolean committeeOnly) {
        if (date.isBefore(settings.today()) && random.nextDouble() < b.quality) {
            held.add(new Planned(b, type, date, committeeOnly));
        }
    }

    private static int countOf(List<Planned> held, Branch b) {
        int n = 0;
        for (int i = held.size() - 1; i >= 0 && held.get(i).branch() == b; i--) {
            n++;
        }
        return n;
    }

    private static String topic(String type, LocalDate date) {
        return switch (type) {
            case "THEME_PARTY_DAY" -> date.getMonthValue() + "月主题党日：学习党的创新理论";
            case "BRANCH_COMMITTEE" -> date.getMonthValue() + "月支委会";
            case "MEMBER_ASSEMBLY" -> "第" + ((date.getMonthValue() + 2) / 3) + "季度党员大会";
            case "PARTY_LECTURE" -> "第" + ((date.getMonthValue() + 2) / 3) + "季度党课";
            case "REVIEW_MEETING" -> (date.getYear() - 1) + "年度组织生活会";
            default -> (date.getYear() - 1) + "年度民主评议党员";
        };
    }

    /** Confirmed ratings of the year before (85 % of branches) and of this year (60 %): the stars' distribution. */
    private int starRatings(List<Branch> branches) throws SQLException {
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ol_star_rating (id, version,"
                + " organization_id, organization_name, street_code, rating_year, status, earned_points,"
                + " available_points, max_points, score, computed_stars, computed_class, stars_set, class_set, stars,"
                + " branch_class, evidence, note, created_by, created_at, updated_by, updated_at, confirmed_by,"
                + " confirmed_at) VALUES (?, 0, ?, ?, ?, ?, 'CONFIRMED', ?, 100, 100, ?, ?, ?, NULL, NULL, ?, ?, NULL,"
                + " NULL, ?, ?, ?, ?, ?, ?)")) {
            for (Branch b : branches) {
                for (int y : new int[] {year - 1, year}) {
                    if (random.nextInt(100) >= (y == year ? 60 : 85)) {
                        continue;
                    }
                    int dice = random.nextInt(100);
                    int stars = dice < 5 ? 1 : dice < 20 ? 2 : dice < 60 ? 3 : dice < 90 ? 4 : 5;
                    int score = Math.min(100, stars * 18 + random.nextInt(10));
                    String cls = CLASSES[stars >= 4 ? 0 : stars == 3 ? 1 : 2];
                    insert.setLong(1, nextId("ol_star_rating"));
                    insert.setLong(2, b.id);
                    insert.setString(3, b.name);
                    insert.setString(4, b.street);
                    insert.setInt(5, y);
                    insert.setInt(6, score);
                    insert.setInt(7, score);
                    insert.setInt(8, stars);
                    insert.setString(9, cls);
                    insert.setInt(10, stars);
                    insert.setString(11, cls);
                    insert.setString(12, BY);
                    insert.setTimestamp(13, now);
                    insert.setString(14, BY);
                    insert.setTimestamp(15, now);
                    insert.setString(16, BY);
                    insert.setTimestamp(17, now);
                    insert.addBatch();
                    written++;
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    /** A quarter of the branches inspected once this year, 1 to 3 findings each; some tasks overdue. */
    private int[] inspections(List<Branch> branches) throws SQLException {
        int inspections = 0;
        int tasks = 0;
        LocalDate today = settings.today();
        try (PreparedStatement inspection = connection.prepareStatement("INSERT INTO ol_inspection (id, version,"
                + " street_code, organization_id, organization_name, inspected_on, kind, inspectors, summary,"
                + " recorded_by, recorded_at) VALUES (?, 0, ?, ?, ?, ?, 'ROUTINE', ?, NULL, ?, ?)");
             PreparedStatement task = connection.prepareStatement("INSERT INTO ol_rectification (id, version,"
                     + " inspection_id, finding_no, street_code, organization_id, inspected_on, description, deadline,"
                     + " owner_member_id, owner_name, status, completed_on, completion_note, cancel_reason, updated_by,"
                     + " updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
            for (Branch b : branches) {
                if (b.members.isEmpty() || random.nextInt(4) != 0) {
                    continue;
                }
                LocalDate on = today.minusDays(20 + random.nextInt(Math.max(1, today.getDayOfYear() - 20)));
                long id = nextId("ol_inspection");
                inspection.setLong(1, id);
                inspection.setString(2, b.street);
                inspection.setLong(3, b.id);
                inspection.setString(4, b.name);
                inspection.setDate(5, Date.valueOf(on));
                inspection.setString(6, "街道组织办督查组");
                inspection.setString(7, BY);
                inspection.setTimestamp(8, now);
                inspection.addBatch();
                inspections++;
                int findings = 1 + random.nextInt(3);
                for (int f = 1; f <= findings; f++) {
                    LocalDate deadline = on.plusDays(30 + random.nextInt(60));
                    boolean done = deadline.isBefore(today) && random.nextInt(10) < 7;
                    Person owner = b.secretary != null ? b.secretary : b.members.get(0);
                    task.setLong(1, nextId("ol_rectification"));
                    task.setLong(2, id);
                    task.setInt(3, f);
                    task.setString(4, b.street);
                    task.setLong(5, b.id);
                    task.setDate(6, Date.valueOf(on));
                    task.setString(7, f == 1 ? "会议记录不完整" : f == 2 ? "党费收缴台账未及时登记" : "党员信息未更新");
                    task.setDate(8, Date.valueOf(deadline));
                    task.setLong(9, owner.id);
                    task.setString(10, owner.name);
                    task.setString(11, done ? "DONE" : "OPEN");
                    setDate(task, 12, done ? deadline.minusDays(3) : null);
                    task.setString(13, done ? "已整改" : null);
                    task.setString(14, BY);
                    task.setTimestamp(15, now);
                    task.addBatch();
                    tasks++;
                }
            }
            inspection.executeBatch();
            task.executeBatch();
        }
        return new int[] {inspections, tasks};
    }

    // ---- ids -----------------------------------------------------------------------------------------------

    private long nextId(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }

    private long max(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The platform's next inserts get ids after the generated ones (same statement on Derby and PostgreSQL). */
    private void restartIdentities() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : ID_TABLES) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max(table) + 1));
            }
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    // ---- command line --------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            options.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[i + 1]);
        }
        String url = options.get("url");
        String key = options.get("key");
        if (url == null || key == null) {
            System.err.println("usage: BenchmarkData --url JDBC_URL --key KEY_FILE [--user U --password P]"
                    + " [--members 100000] [--branch-size 30] [--ledger-rows 1000000] [--today YYYY-MM-DD]"
                    + " [--seed 1]");
            System.exit(2);
        }
        Settings settings = new Settings(Integer.parseInt(options.getOrDefault("members", "100000")),
                Integer.parseInt(options.getOrDefault("branch-size", "30")),
                Long.parseLong(options.getOrDefault("ledger-rows", "1000000")),
                LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString())),
                Long.parseLong(options.getOrDefault("seed", "1")));
        PersonalDataKey.Loaded loaded = PersonalDataKey.loadOrCreate(Path.of(key));
        if (loaded.created()) {
            throw new IllegalStateException("no key file at " + key + ": start the platform once first");
        }
        long start = System.nanoTime();
        Summary summary;
        try (Connection c = DriverManager.getConnection(url, options.get("user"), options.get("password"))) {
            summary = generate(c, new PersonalDataProtection(loaded.key()), settings);
        } finally {
            if (url.startsWith("jdbc:derby:")) {
                shutDownDerby(url);
            }
        }
        System.out.printf("generated in %d s: %s%n", (System.nanoTime() - start) / 1_000_000_000L, summary);
        System.out.printf("ledger rows (attendances + payments + appraisals): %d; paid months besides: %d%n",
                summary.ledgerRows(), summary.paidMonths());
    }

    /** Derby writes its files out on shutdown; it reports a clean shutdown as SQLState 08006. */
    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url.replaceFirst(";.*$", "") + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                System.err.println("Derby shutdown: " + e.getMessage());
            }
        }
    }
}
