package org.silverbranch.orglife.oversight.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.dues.StreetDues;
import org.silverbranch.orglife.dues.StreetFigures;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.DistrictCompliance;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.meetings.StreetComplianceTotals;
import org.silverbranch.orglife.oversight.internal.FakeCore;
import org.silverbranch.orglife.oversight.internal.Fakes;
import org.silverbranch.orglife.oversight.internal.Samples;
import org.silverbranch.orglife.oversight.internal.rules.WatchSettings;
import org.silverbranch.orglife.oversight.internal.service.AlertServiceImpl;
import org.silverbranch.orglife.oversight.internal.service.DashboardServiceImpl;
import org.silverbranch.orglife.oversight.internal.service.SixMonthWatchImpl;
import org.silverbranch.orglife.oversight.internal.service.TestServices;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The resources on real CXF with the core's providers (authentication, JSON, error mapping) at {@code /api/v1}, as
 * the core publishes them, over this bundle's real services and fakes of the other bundles' services: paths, status
 * codes, JSON errors and the CSV files.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Clock CLOCK = Clock.fixed(Samples.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private static final String STREET = FakeCore.STREET;

    private static final FakeCore CORE = new FakeCore();
    private static final long BRANCH = CORE.branch(STREET, "天鹅湖社区离退休干部党支部");
    private static final long OTHER_BRANCH = CORE.branch(STREET, "怡园社区离退休干部党支部");
    private static final Map<String, Caller> USERS = new HashMap<>();
    private static final List<Period> PERIODS = new ArrayList<>();

    private static RestTestServer server;
    private static String base;
    private static DashboardServiceImpl dashboards;

    @BeforeClass
    public static void publish() throws Exception {
        for (Caller c : List.of(FakeCore.DISTRICT_ADMIN, FakeCore.AUDITOR, FakeCore.STREET_ADMIN, FakeCore.VIEWER,
                FakeCore.OTHER_STREET_ADMIN, FakeCore.secretaryOf(BRANCH),
                new Caller("specialist", Role.SPECIALIST, STREET, null))) {
            USERS.put(c.username(), c);
        }
        MemberFacts absent = CORE.member(BRANCH, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.AWAY_SEASONAL);
        CORE.member(BRANCH, "李建国", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        Map<Long, LocalDate> last = Map.of(absent.id(), LocalDate.of(2026, 5, 10));

        SixMonthWatchImpl watch = TestServices.watch(CORE.memberService(), CORE.organizationService(),
                Fakes.of(ParticipationService.class, new Participation(last)), Fakes.of(DuesFigures.class,
                new Object() {
                    public List<DuesStanding> streetStandings(Caller caller, String street, YearMonth asOf) {
                        return CORE.memberFacts().stream().filter(x -> x.streetCode().equals(street))
                                .map(x -> paid(x, asOf)).toList();
                    }

                    public List<DuesStanding> branchStandings(Caller caller, long id, YearMonth asOf) {
                        return CORE.memberFacts().stream().filter(x -> x.branchId() == id)
                                .map(x -> paid(x, asOf)).toList();
                    }

                    private DuesStanding paid(MemberFacts x, YearMonth asOf) {
                        return new DuesStanding(x.id(), x.branchId(), STREET, asOf, true, YearMonth.of(2026, 1),
                                asOf, 0, 0, true);
                    }
                }), WatchSettings.defaults(), CLOCK, 0);
        SupervisionService supervision = Fakes.of(SupervisionService.class, new Supervision());
        BranchHealthService health = Fakes.of(BranchHealthService.class, new Object() {
            public List<BranchHealth> streetHealth(Caller caller, String street, boolean all) {
                org.silverbranch.orglife.api.BranchScope.requireStreetRead(caller, street);
                return List.of(Samples.health(OTHER_BRANCH, "怡园", HealthRule.SECRETARY_VACANT));
            }

            public BranchHealth health(Caller caller, long id) {
                return Samples.health(id, "天鹅湖");
            }
        });
        SeasonalService seasonal = Fakes.of(SeasonalService.class, new Object() {
            public List<AwayMember> returnsDue(Caller caller, String street, YearMonth month) {
                org.silverbranch.orglife.api.BranchScope.requireStreetRead(caller, street);
                return List.of(Samples.away(absent.id(), "王秀兰", LocalDate.of(2026, 11, 20), true, 5));
            }

            public List<AwayMember> awayMembers(Caller caller, long id) {
                return List.of(Samples.away(absent.id(), "王秀兰", LocalDate.of(2027, 4, 10), false, 0));
            }
        });
        AlertServiceImpl alerts = TestServices.alerts(CORE.streetService(), CORE.organizationService(), watch,
                health, seasonal, supervision, CLOCK);
        dashboards = TestServices.dashboards(CORE.streetService(), Fakes.of(ComplianceService.class,
                new Compliance()), Fakes.of(DuesReports.class, new Dues()),
                Fakes.of(ParticipationService.class, new Participation(last)),
                Fakes.of(StarRatingService.class, new Stars()), supervision, CLOCK, 0);

        server = RestTestServer.start(Fakes.of(AuthenticationService.class, new Object() {
                    public Optional<Caller> authenticate(String username, String password) {
                        return Optional.ofNullable(USERS.get(username));
                    }

                    public boolean passwordChangeRequired(String username) {
                        return false;
                    }
                }), Fakes.of(ModuleService.class, new Object()), CORE.streetService(),
                (code, language) -> Optional.empty(), 1_048_576L);
        server.publish("core", List.of(
                new StreetOversightResource(alerts, watch, dashboards, health, seasonal, supervision, CLOCK),
                new OrganizationOversightResource(alerts, watch, CLOCK),
                new DistrictDashboardResource(dashboards, CLOCK), new DistrictDashboardCsvResource(dashboards, CLOCK)));
        base = server.apiBase() + "/v1";
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        dashboards.deactivate();
    }

    private static HttpResponse<byte[]> get(String user, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes()))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertError(int status, String code, HttpResponse<byte[]> response) throws Exception {
        assertEquals(text(response), status, response.statusCode());
        assertEquals(code, json(response).path("code").asText());
    }

    @Test
    public void aStreetsAlertsWithTheirCounts() throws Exception {
        HttpResponse<byte[]> r = get("viewer", "/streets/" + STREET + "/alerts");
        assertEquals(text(r), 200, r.statusCode());
        JsonNode a = json(r);
        assertEquals("太阳岛街道", a.path("streetName").asText());
        assertEquals("2026-11", a.path("month").asText());
        JsonNode watch = a.path("watch");
        assertEquals("2026-10", watch.path("countedThrough").asText());
        assertEquals(2, watch.path("membersWatched").asInt());
        assertEquals(2, watch.path("critical").asInt());   // 王秀兰 since May (5), 李建国 never (10)
        assertEquals(1, watch.path("remoteContact").asInt());
        assertEquals("NO_ORGANIZATIONAL_LIFE", watch.path("flags").path(0).path("reason").asText());
        assertEquals(1, a.path("branchHealth").path("branches").asInt());
        assertEquals(1, a.path("branchHealth").path("byRule").path("SECRETARY_VACANT").asInt());
        assertEquals(1, a.path("returnsDue").path("overdue").asInt());
        assertEquals(2, a.path("overdueRectifications").path("tasks").asInt());
        assertEquals(55, a.path("overdueRectifications").path("maxDaysOverdue").asInt());
    }

    @Test
    public void onlyTheStreetsReadersSeeItsAlerts() throws Exception {
        assertError(404, "STREET_NOT_FOUND", get("other", "/streets/" + STREET + "/alerts"));
        assertError(403, "FORBIDDEN", get("secretary" + BRANCH, "/streets/" + STREET + "/alerts"));
        assertError(403, "FORBIDDEN", get("specialist", "/streets/" + STREET + "/alerts/watch.csv"));
        assertError(404, "STREET_NOT_FOUND", get("other", "/streets/" + STREET + "/dashboard.csv"));
        assertEquals(401, get("nobody", "/streets/" + STREET + "/alerts").statusCode());
        assertEquals(200, get("auditor", "/streets/" + STREET + "/alerts").statusCode());
    }

    @Test
    public void eachListOfTheAlertsAsCsv() throws Exception {
        HttpResponse<byte[]> watch = get("street", "/streets/" + STREET + "/alerts/watch.csv");
        assertEquals(200, watch.statusCode());
        assertEquals("text/csv;charset=utf-8",
                watch.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"watch-230109002-2026-11-25.csv\"",
                watch.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(watch.body(), 3));
        String w = text(watch);
        assertTrue(w, w.contains("\r\n严重,未参加组织生活,10,2026-01,") && w.contains(",王秀兰,") && w.contains("远程联系"));

        String health = text(get("street", "/streets/" + STREET + "/alerts/branch-health.csv"));
        assertTrue(health, health.contains(OTHER_BRANCH + ",怡园,") && health.contains("书记空缺"));
        HttpResponse<byte[]> returns = get("street", "/streets/" + STREET + "/alerts/returns-due.csv");
        assertEquals("attachment; filename=\"returns-due-230109002-2026-11.csv\"",
                returns.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(text(returns).contains(",王秀兰,"));
        String tasks = text(get("street", "/streets/" + STREET + "/alerts/overdue-rectifications.csv"));
        assertEquals(tasks, 3, tasks.split("\r\n").length);   // the header and the two overdue tasks
        assertEquals(404, get("street", "/streets/" + STREET + "/alerts/everything.csv").statusCode());
    }

    @Test
    public void aBranchSecretarySeesTheirOwnBranchsAlertsOnly() throws Exception {
        HttpResponse<byte[]> own = get("secretary" + BRANCH, "/organizations/" + BRANCH + "/alerts");
        assertEquals(text(own), 200, own.statusCode());
        assertEquals(2, json(own).path("watch").path("membersFlagged").asInt());
        assertEquals(0, json(own).path("returnsDue").path("members").asInt());  // back in April
        assertError(404, "ORGANIZATION_NOT_FOUND", get("secretary" + BRANCH, "/organizations/" + OTHER_BRANCH
                + "/alerts"));
        HttpResponse<byte[]> csv = get("secretary" + BRANCH, "/organizations/" + BRANCH + "/alerts/watch.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"watch-branch-" + BRANCH + "-2026-11-25.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(404, get("secretary" + BRANCH, "/organizations/abc/alerts").statusCode());
    }

    @Test
    public void dashboardsForAPeriodWithTheirCsv() throws Exception {
        HttpResponse<byte[]> street = get("street", "/streets/" + STREET + "/dashboard?period=2026-Q3");
        assertEquals(text(street), 200, street.statusCode());
        assertEquals("2026-Q3", json(street).path("period").asText());
        assertEquals(85.0, json(street).path("branches").path(0).path("duesCollectionPercent").asDouble(), 0);
        assertTrue(PERIODS.contains(Period.quarter(2026, 3)));

        HttpResponse<byte[]> current = get("street", "/streets/" + STREET + "/dashboard");
        assertEquals("without a period: the current quarter", "2026-Q4", json(current).path("period").asText());

        HttpResponse<byte[]> csv = get("viewer", "/streets/" + STREET + "/dashboard.csv?period=2026");
        assertEquals("attachment; filename=\"dashboard-230109002-2026.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(text(csv), text(csv).contains("\r\n" + BRANCH + ",天鹅湖社区离退休干部党支部,达标,3,0,100.0,85.0,"));

        HttpResponse<byte[]> district = get("auditor", "/dashboard?period=2026-11");
        assertEquals(text(district), 200, district.statusCode());
        assertEquals(2, json(district).path("streets").size());
        assertEquals(3, json(district).path("rectifications").path("overdue").asInt());
        HttpResponse<byte[]> districtCsv = get("district", "/dashboard.csv?period=2026-Q4");
        assertEquals("attachment; filename=\"dashboard-district-2026-Q4.csv\"",
                districtCsv.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(text(districtCsv), text(districtCsv).startsWith("\uFEFF街道代码,街道,支部数")
                && text(districtCsv).contains("\r\n230109005,松北街道,0,0,,,,,,0,0,0,0,0,0,1,1\r\n"));
    }

    @Test
    public void badPeriodsAndRefusedDashboards() throws Exception {
        HttpResponse<byte[]> bad = get("street", "/streets/" + STREET + "/dashboard?period=2026-Q5");
        assertError(400, "VALIDATION_FAILED", bad);
        assertEquals("period", json(bad).path("fields").path(0).path("field").asText());
        assertEquals("INVALID_PERIOD", json(bad).path("fields").path(0).path("code").asText());
        assertError(400, "VALIDATION_FAILED", get("district", "/dashboard.csv?period=soon"));
        assertError(403, "FORBIDDEN", get("street", "/dashboard"));
        assertError(403, "FORBIDDEN", get("viewer", "/dashboard.csv"));
        assertError(404, "STREET_NOT_FOUND", get("other", "/streets/" + STREET + "/dashboard"));
    }

    /** The meetings bundle's participation facts and rates. */
    public static final class Participation {
        private final Map<Long, LocalDate> last;

        Participation(Map<Long, LocalDate> last) {
            this.last = last;
        }

        public Map<Long, LocalDate> lastParticipation(Caller caller, Collection<Long> ids) {
            Map<Long, LocalDate> m = new HashMap<>();
            ids.stream().filter(last::containsKey).forEach(id -> m.put(id, last.get(id)));
            return m;
        }

        public Map<Long, LocalDate> lastParticipationInStreet(Caller caller, String street) {
            return last;
        }

        public ParticipationRate street(Caller caller, String street, Period period) {
            return Samples.participation(street == null ? "district" : street, 3, 60, 30, 3, 55.0);
        }

        public List<ParticipationRate> byBranch(Caller caller, String street, Period period) {
            return List.of(Samples.participation(Long.toString(BRANCH), 3, 60, 30, 3, 55.0));
        }

        public List<ParticipationRate> byStreet(Caller caller, Period period) {
            return List.of(Samples.participation(STREET, 3, 60, 30, 3, 55.0));
        }
    }

    public static final class Compliance {
        public StreetCompliance street(Caller caller, String street, Period period) {
            PERIODS.add(period);
            return new StreetCompliance(street, "太阳岛街道", period.toString(), List.of(Samples.compliance(BRANCH,
                    "天鹅湖社区离退休干部党支部", ComplianceStatus.MET, 3, 0, 100.0)), Samples.complianceTotals(1, 0, 100.0));
        }

        public DistrictCompliance district(Caller caller, Period period) {
            return new DistrictCompliance(period.toString(), List.of(new StreetComplianceTotals(STREET, "太阳岛街道",
                    Samples.complianceTotals(1, 0, 100.0))), Samples.complianceTotals(1, 0, 100.0));
        }
    }

    public static final class Dues {
        public StreetDues street(Caller caller, String street, Period period) {
            return new StreetDues(street, "太阳岛街道", Samples.dues(period.toString(), 2_000, 1_700, "85.0", "80.0"),
                    List.of(new BranchFigures(BRANCH, "天鹅湖社区离退休干部党支部",
                            Samples.dues(period.toString(), 2_000, 1_700, "85.0", "80.0"))), List.of());
        }

        public DistrictDues district(Caller caller, Period period) {
            return new DistrictDues(Samples.dues(period.toString(), 2_000, 1_700, "85.0", "80.0"), List.of(
                    new StreetFigures(STREET, "太阳岛街道", Samples.dues(period.toString(), 2_000, 1_700, "85.0",
                            "80.0"))));
        }
    }

    public static final class Stars {
        public StarDistribution distribution(Caller caller, String street, int year) {
            return Samples.stars(street, year, 0, 0, 1);
        }

        public List<StarDistribution> distributionByStreet(Caller caller, int year) {
            return List.of(Samples.stars(STREET, year, 0, 0, 1));
        }
    }

    public static final class Supervision {
        public List<Rectification> streetRectifications(Caller caller, String street, RectificationStatus status,
                                                        Boolean overdue) {
            org.silverbranch.orglife.api.BranchScope.requireStreetRead(caller, street);
            return List.of(Samples.task(1, BRANCH, RectificationStatus.OPEN, LocalDate.of(2026, 10, 1), true, 55),
                    Samples.task(2, OTHER_BRANCH, RectificationStatus.OPEN, LocalDate.of(2026, 11, 1), true, 24));
        }

        public List<Inspection> inspections(Caller caller, long id) {
            return List.of();
        }

        public RectificationCounts streetCounts(Caller caller, String street) {
            return new RectificationCounts(street, 2, 2, 0, 0);
        }

        public List<RectificationCounts> districtCounts(Caller caller) {
            return List.of(new RectificationCounts(STREET, 2, 2, 0, 0),
                    new RectificationCounts(FakeCore.OTHER_STREET, 1, 1, 0, 0));
        }
    }
}
