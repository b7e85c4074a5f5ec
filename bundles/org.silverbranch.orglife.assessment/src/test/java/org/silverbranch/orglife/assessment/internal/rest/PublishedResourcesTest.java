package org.silverbranch.orglife.assessment.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.core.rest.internal.resource.MemberResource;
import org.silverbranch.core.rest.internal.resource.OrganizationResource;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.assessment.internal.AssessmentMessages;
import org.silverbranch.orglife.assessment.internal.FakeCore;
import org.silverbranch.orglife.assessment.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The resources on real CXF behind its servlet in an embedded Jetty at {@code /api/v1}, as the core publishes them,
 * with the core's JSON provider, authentication (HTTP Basic against a fake user list), error mapping and this
 * bundle's messages: paths, status codes, Location headers, JSON errors with field codes, the CSV downloads.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Map<String, Caller> USERS = Map.of("street", Fixture.STREET_ADMIN, "district",
            Fixture.DISTRICT, "secretary", Fixture.SECRETARY);

    private static Fixture f;
    private static RestTestServer server;
    private static String base;
    private static long wang;

    @BeforeClass
    public static void publish() throws Exception {
        f = new Fixture();
        wang = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH);
        f.core.secretary(FakeCore.TIANEHU_BRANCH, wang, LocalDate.of(2024, 3, 1), null);
        f.registerSources(BranchFigureSource.MEETING_COMPLIANCE);
        AssessmentMessages messages = new AssessmentMessages();
        server = RestTestServer.start(authentication(), fake(ModuleService.class), fake(StreetService.class),
                messages::message, 1_048_576L);
        server.publish("core", List.of(new MemberAssessmentResource(f.appraisals, f.secretaries, f.clock),
                new OrganizationAssessmentResource(f.appraisals, f.ratings, f.secretaries, f.clock),
                new StarRatingResource(f.ratings, f.clock), new StarCriteriaResource(f.ratings),
                new StreetAssessmentResource(f.ratings, f.secretaries, f.appraisals, f.clock),
                // the core's own resources on the same root paths, as in the platform
                new MemberResource(f.core.members), new OrganizationResource(f.core.organizations)));
        base = server.apiBase() + "/v1";
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        f.close();
    }

    /** HTTP Basic against USERS (any password); nobody must change a password. */
    private static AuthenticationService authentication() {
        return (AuthenticationService) Proxy.newProxyInstance(AuthenticationService.class.getClassLoader(),
                new Class<?>[] {AuthenticationService.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "authenticate" -> Optional.ofNullable(USERS.get((String) args[0]));
                    case "authenticateToken" -> Optional.empty();
                    case "passwordChangeRequired" -> false;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static HttpResponse<byte[]> send(String user, String method, String path, String json,
                                             String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode body(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> fieldCodes(HttpResponse<byte[]> response) throws Exception {
        List<String> codes = new ArrayList<>();
        body(response).path("fields").forEach(p -> codes.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return codes;
    }

    /** CXF picks among root resources of the same path ("members", "organizations") by the rest of the path. */
    @Test
    public void theCoresResourcesAndTheseShareTheirRootPaths() throws Exception {
        assertEquals(200, send("street", "GET", "/members/" + wang, null).statusCode());
        assertEquals(200, send("street", "GET", "/members/" + wang + "/appraisals", null).statusCode());
        assertEquals(200, send("street", "GET", "/organizations/" + FakeCore.TIANEHU_BRANCH + "/leadership", null)
                .statusCode());
        assertEquals(200, send("street", "GET", "/organizations/" + FakeCore.TIANEHU_BRANCH + "/star-ratings", null)
                .statusCode());
    }

    @Test
    public void anAppraisalIsCreatedOnceThenChangedWithItsVersion() throws Exception {
        long m = f.core.member("李建国", FakeCore.TIANEHU_BRANCH);
        String path = "/members/" + m + "/appraisals/2026";
        HttpResponse<byte[]> created = send("secretary", "PUT", path,
                "{\"result\":\"EXCELLENT\",\"appraisedOn\":\"2026-12-18\",\"note\":\"党员大会评议\"}");
        assertEquals(text(created), 201, created.statusCode());
        assertEquals(base + path, created.headers().firstValue("Location").orElseThrow());
        assertEquals("EXCELLENT", body(created).path("result").asText());

        HttpResponse<byte[]> again = send("secretary", "PUT", path,
                "{\"result\":\"QUALIFIED\",\"appraisedOn\":\"2026-12-18\"}", "Accept-Language", "en");
        assertEquals(409, again.statusCode());
        assertEquals("APPRAISAL_EXISTS", body(again).path("code").asText());
        assertEquals("The 2026 appraisal of 李建国 is already recorded. To change it, send the version you read.",
                body(again).path("message").asText());

        HttpResponse<byte[]> changed = send("street", "PUT", path, "{\"result\":\"QUALIFIED\",\"appraisedOn\":"
                + "\"2026-12-18\",\"version\":" + body(created).path("version").asLong() + "}");
        assertEquals(text(changed), 200, changed.statusCode());
        HttpResponse<byte[]> list = send("street", "GET", "/members/" + m + "/appraisals", null);
        assertEquals("QUALIFIED", body(list).path(0).path("result").asText());

        HttpResponse<byte[]> badEnum = send("street", "PUT", "/members/" + m + "/appraisals/2025",
                "{\"result\":\"GREAT\",\"appraisedOn\":\"2025-12-18\"}");
        assertEquals(400, badEnum.statusCode());
        HttpResponse<byte[]> sheet = send("street", "GET", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/appraisals?year=2026", null);
        assertEquals(text(sheet), 200, sheet.statusCode());
        assertTrue(body(sheet).path("members").size() >= 2);
    }

    @Test
    public void aStarRatingFromDraftToConfirmedWithItsCsv() throws Exception {
        f.figures.get(BranchFigureSource.MEETING_COMPLIANCE).put(FakeCore.TIANEHU_BRANCH,
                org.silverbranch.orglife.assessment.BranchFigure.percent(100, "12/12"));
        HttpResponse<byte[]> criteria = send("secretary", "GET", "/star-criteria", null);
        assertEquals(7, body(criteria).path("criteria").size());

        HttpResponse<byte[]> sixStars = send("street", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/star-ratings", "{\"year\":2026,\"stars\":6,\"scores\":[{\"criterion\":\"RECORDS\",\"score\":12},"
                + "{\"criterion\":\"LUCK\",\"score\":1}]}");
        assertEquals(400, sixStars.statusCode());
        assertEquals(List.of("stars:OUT_OF_RANGE", "scores[0].score:OUT_OF_RANGE", "scores[1].criterion:UNKNOWN_CRITERION"),
                fieldCodes(sixStars));

        HttpResponse<byte[]> bySecretary = send("secretary", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/star-ratings", "{\"year\":2026}");
        assertEquals(403, bySecretary.statusCode());

        HttpResponse<byte[]> created = send("street", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/star-ratings", "{\"year\":2026,\"scores\":[{\"criterion\":\"RECORDS\",\"score\":10,"
                + "\"evidence\":\"=台账齐全\"},{\"criterion\":\"STUDY\",\"score\":9},{\"criterion\":\"SERVICE\",\"score\":14}]}");
        assertEquals(text(created), 201, created.statusCode());
        long id = body(created).path("id").asLong();
        // the base URI as CXF builds it (the core's resources do the same)
        assertEquals("/api/v1/star-ratings/" + id,
                URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals("NOT_AVAILABLE", body(created).path("criteria").path(1).path("status").asText());  // dues

        HttpResponse<byte[]> confirmed = send("street", "PUT", "/star-ratings/" + id,
                "{\"confirm\":true,\"version\":" + body(created).path("version").asLong() + "}");
        assertEquals(text(confirmed), 200, confirmed.statusCode());
        assertEquals("CONFIRMED", body(confirmed).path("status").asText());
        assertEquals(5, body(confirmed).path("stars").asInt());
        HttpResponse<byte[]> again = send("street", "PUT", "/star-ratings/" + id,
                "{\"confirm\":true,\"version\":" + body(confirmed).path("version").asLong() + "}");
        assertEquals(409, again.statusCode());
        assertEquals("RATING_CONFIRMED", body(again).path("code").asText());

        HttpResponse<byte[]> street = send("street", "GET", "/streets/" + FakeCore.TAIYANGDAO + "/star-ratings?year=2026",
                null);
        assertEquals(1, body(street).path("distribution").path("byStars").path("5").asInt());
        assertEquals("FIRST", body(street).path("ratings").path(0).path("movement").asText());

        HttpResponse<byte[]> csv = send("street", "GET", "/streets/" + FakeCore.TAIYANGDAO
                + "/star-ratings.csv?year=2026", null);
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"star-ratings-" + FakeCore.TAIYANGDAO + "-2026.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));
        String lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertTrue(lines, lines.startsWith("年度,党支部,状态,得分,星级,类别,上年星级,上年类别,晋位升级,各项得分\r\n"
                + "2026,天鹅湖社区离退休干部党支部,已确认,97,5,一类,,,首次评定,三会一课和主题党日按要求开展 25/25；"
                + "党费按时足额交纳 无数据；"));  // 68 of the 70 points available
        assertTrue(lines, lines.contains("党费按时足额交纳 无数据"));
        assertTrue(lines, lines.contains("2026,怡园社区离退休干部党支部,未评定"));

        HttpResponse<byte[]> district = send("street", "GET", "/star-ratings?year=2026", null);
        assertEquals(403, district.statusCode());
        assertEquals(1, body(send("district", "GET", "/star-ratings?year=2026", null)).size());
        assertEquals(404, send("street", "GET", "/star-ratings/abc", null).statusCode());
        assertEquals(404, send("street", "GET", "/star-ratings/999999", null).statusCode());
    }

    @Test
    public void aSecretaryIsAssessedAndPaidEachMonthOnce() throws Exception {
        HttpResponse<byte[]> assessed = send("street", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/secretary-assessments", "{\"year\":2026,\"grade\":\"EXCELLENT\",\"comments\":\"认真负责\"}");
        assertEquals(text(assessed), 201, assessed.statusCode());
        assertEquals(30_000, body(assessed).path("monthlySubsidyFen").asLong());
        HttpResponse<byte[]> twice = send("street", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/secretary-assessments", "{\"year\":2026,\"grade\":\"GOOD\"}");
        assertEquals(409, twice.statusCode());
        HttpResponse<byte[]> badGrade = send("street", "POST", "/organizations/" + FakeCore.TIANEHU_BRANCH
                + "/secretary-assessments", "{\"year\":2026,\"grade\":\"SUPERB\"}");
        assertEquals(400, badGrade.statusCode());

        f.clock.set(LocalDateTime.of(2027, 2, 5, 9, 0));
        try {
            HttpResponse<byte[]> paid = send("street", "POST", "/members/" + wang + "/subsidies/payments",
                    "{\"months\":[\"2027-01\",\"2027-02\"],\"note\":\"银行代发\"}");
            assertEquals(text(paid), 201, paid.statusCode());
            assertEquals(2, body(paid).size());
            HttpResponse<byte[]> double_ = send("street", "POST", "/members/" + wang + "/subsidies/payments",
                    "{\"months\":[\"2027-02\"]}");
            assertEquals(409, double_.statusCode());
            assertEquals(List.of("months[0]:MONTH_ALREADY_PAID"), fieldCodes(double_));

            HttpResponse<byte[]> ledger = send("secretary", "GET", "/members/" + wang + "/subsidies?year=2027", null);
            assertEquals(text(ledger), 200, ledger.statusCode());
            assertEquals(60_000, body(ledger).path("paidFen").asLong());
            assertEquals("UPCOMING", body(ledger).path("months").path(2).path("status").asText());
            assertEquals(400, send("street", "GET", "/members/" + wang + "/subsidies?year=abc", null).statusCode());

            HttpResponse<byte[]> csv = send("street", "GET", "/streets/" + FakeCore.TAIYANGDAO
                    + "/subsidies.csv?year=2027", null);
            String lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
            assertTrue(lines, lines.contains("2027,天鹅湖社区离退休干部党支部,王秀兰," + wang + ",优秀,300.00,2,2,600.00,600.00,0.00"));
            assertEquals(403, send("secretary", "GET", "/streets/" + FakeCore.TAIYANGDAO + "/subsidies?year=2027",
                    null).statusCode());
        } finally {
            f.clock.set(Fixture.START);
        }
    }
}
