package org.silverbranch.orglife.supervision.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.orglife.supervision.internal.FakeCore;
import org.silverbranch.orglife.supervision.internal.SupervisionMessages;
import org.silverbranch.orglife.supervision.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The resources on real CXF behind its servlet in an embedded Jetty, published in the core group at
 * {@code /api/v1} with the core's JSON provider, error mapping and this bundle's messages; the caller is switched
 * per test through the authentication service. Checks paths, status codes, Location, JSON errors and CSV.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("user:secret".getBytes());
    private static final AtomicReference<Caller> CALLER = new AtomicReference<>(Fixture.STREET_ADMIN);

    private static Fixture f;
    private static RestTestServer server;
    private static String base;

    @BeforeClass
    public static void publish() throws Exception {
        f = new Fixture();
        server = RestTestServer.start(authentication(), fake(ModuleService.class), fake(StreetService.class),
                new SupervisionMessages()::message, 1_048_576L);
        server.publish("core", List.of(
                new OrganizationSupervisionResource(f.supervision, f.health, f.seasonal),
                new InspectionResource(f.supervision), new RectificationResource(f.supervision),
                new DistrictRectificationsCsvResource(f.supervision),
                new StreetSupervisionResource(f.supervision, f.health, f.seasonal, f.clock)));
        base = server.apiBase() + "/v1";
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        f.close();
    }

    private static AuthenticationService authentication() {
        return (AuthenticationService) Proxy.newProxyInstance(AuthenticationService.class.getClassLoader(),
                new Class<?>[] {AuthenticationService.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "authenticate" -> Optional.of(CALLER.get());
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

    private static HttpResponse<String> send(Caller caller, String method, String path, String json, String language)
            throws Exception {
        CALLER.set(caller);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", BASIC)
                .header("Accept-Language", language);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(Caller caller, String method, String path, String json) throws Exception {
        return send(caller, method, path, json, "zh");
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> fieldCodes(HttpResponse<String> response) throws Exception {
        List<String> codes = new ArrayList<>();
        body(response).path("fields").forEach(p -> codes.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return codes;
    }

    private static String inspection(String inspectedOn, String deadline) {
        return "{\"inspectedOn\":\"" + inspectedOn + "\",\"kind\":\"ROUTINE\",\"inspectors\":[\"李督查\"],"
                + "\"summary\":\"基本正常\",\"findings\":[{\"description\":\"补齐会议记录\",\"deadline\":\"" + deadline
                + "\",\"ownerName\":\"张书记\"}]}";
    }

    @Test
    public void anInspectionIsCreatedReadAndItsTaskClosedByTheSecretary() throws Exception {
        HttpResponse<String> created = send(Fixture.STREET_ADMIN, "POST",
                "/organizations/" + FakeCore.TIANEHU_BRANCH + "/inspections", inspection("2026-11-02", "2026-11-04"));
        assertEquals(created.body(), 201, created.statusCode());
        long id = body(created).path("id").asLong();
        // the path only: the host is the one the publisher was given (CXF's base address), not the request's
        assertEquals(URI.create(base).getPath() + "/inspections/" + id,
                URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
        JsonNode task = body(created).path("findings").path(0);
        assertEquals("2026-11-04", task.path("deadline").asText());
        assertTrue(task.path("overdue").asBoolean());

        HttpResponse<String> read = send(Fixture.SECRETARY, "GET", "/inspections/" + id, null);
        assertEquals(200, read.statusCode());
        assertEquals("李督查", body(read).path("inspectors").path(0).asText());

        HttpResponse<String> late = send(Fixture.STREET_ADMIN, "GET",
                "/streets/" + Fixture.STREET + "/rectifications?status=open&overdue=true", null);
        assertEquals(late.body(), 200, late.statusCode());
        assertTrue(late.body().contains("\"id\":" + task.path("id").asLong()));

        String done = "{\"status\":\"DONE\",\"completedOn\":\"2026-11-05\",\"completionNote\":\"已补齐\",\"version\":"
                + task.path("version").asLong() + "}";
        HttpResponse<String> closed = send(Fixture.SECRETARY, "PUT", "/rectifications/" + task.path("id").asLong(), done);
        assertEquals(closed.body(), 200, closed.statusCode());
        assertEquals("DONE", body(closed).path("status").asText());
        HttpResponse<String> again = send(Fixture.SECRETARY, "PUT", "/rectifications/" + task.path("id").asLong(), done);
        assertEquals(409, again.statusCode());
        assertEquals("RECTIFICATION_CLOSED", body(again).path("code").asText());
    }

    @Test
    public void aDeadlineBeforeTheInspectionIs400WithAFieldMessageInBothLanguages() throws Exception {
        String path = "/organizations/" + FakeCore.YIYUAN_BRANCH + "/inspections";
        HttpResponse<String> zh = send(Fixture.STREET_ADMIN, "POST", path, inspection("2026-11-02", "2026-11-01"));
        assertEquals(400, zh.statusCode());
        assertEquals(List.of("findings[0].deadline:DEADLINE_BEFORE_INSPECTION"), fieldCodes(zh));
        assertEquals("整改期限不能早于督查日期 2026-11-02。", body(zh).path("fields").path(0).path("message").asText());
        HttpResponse<String> en = send(Fixture.STREET_ADMIN, "POST", path, inspection("2026-11-02", "2026-11-01"), "en");
        assertEquals("The deadline cannot be before the inspection date 2026-11-02.",
                body(en).path("fields").path(0).path("message").asText());
        HttpResponse<String> list = send(Fixture.STREET_ADMIN, "GET", path, null);
        assertEquals("[]", list.body());
    }

    @Test
    public void rolesAndScopesGiveTheirStatusCodes() throws Exception {
        String path = "/organizations/" + FakeCore.TIANEHU_BRANCH + "/inspections";
        assertEquals(403, send(Fixture.SECRETARY, "POST", path, inspection("2026-11-02", "2026-11-03")).statusCode());
        assertEquals(404, send(Fixture.SONGBEI_ADMIN, "POST", path, inspection("2026-11-02", "2026-11-03")).statusCode());
        assertEquals(404, send(Fixture.DISTRICT, "GET", "/inspections/987654", null).statusCode());
        assertEquals(403, send(Fixture.STREET_ADMIN, "GET", "/rectifications?overdue=true", null).statusCode());
        assertEquals(200, send(Fixture.AUDITOR, "GET", "/rectifications/counts", null).statusCode());
        HttpResponse<String> bad = send(Fixture.STREET_ADMIN, "GET",
                "/streets/" + Fixture.STREET + "/rectifications?status=LATE&overdue=maybe", null);
        assertEquals(400, bad.statusCode());
        assertEquals(List.of("status:INVALID_VALUE", "overdue:INVALID_VALUE"), fieldCodes(bad));
    }

    @Test
    public void listsComeAsCsvForExcel() throws Exception {
        f.inspect(Fixture.STREET_ADMIN, FakeCore.TIANEHU_BRANCH, Fixture.TODAY.minusDays(5), Fixture.TODAY.minusDays(1));
        CALLER.set(Fixture.STREET_ADMIN);
        HttpResponse<byte[]> csv = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/streets/" + Fixture.STREET
                        + "/rectifications.csv?overdue=true")).header("Authorization", BASIC).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("attachment; filename=\"rectifications-" + Fixture.STREET + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("任务编号,街道") && text.contains("整改中,是,1"));

        HttpResponse<String> health = send(Fixture.VIEWER, "GET", "/streets/" + Fixture.STREET + "/branch-health.csv",
                null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body(), health.body().contains("SECRETARY_VACANT"));
    }

    @Test
    public void healthAndReturnsDueAnswerJson() throws Exception {
        f.core.leader(FakeCore.YIYUAN_BRANCH, LeaderRole.SECRETARY, java.time.LocalDate.of(2020, 1, 1), null);
        HttpResponse<String> health = send(Fixture.YIYUAN_SECRETARY, "GET",
                "/organizations/" + FakeCore.YIYUAN_BRANCH + "/health", null);
        assertEquals(health.body(), 200, health.statusCode());
        JsonNode suggestions = body(health).path("suggestions");
        assertEquals("MERGE", suggestions.path(0).path("rule").asText());
        assertEquals("1", suggestions.path(0).path("figures").path("fullMemberCount").asText());
        assertEquals("TERM_EXPIRED", suggestions.path(1).path("rule").asText());

        f.core.away(FakeCore.YIYUAN_BRANCH, "王秀兰", ResidencyStatus.AWAY_SEASONAL, java.time.LocalDate.of(2026, 12, 10));
        HttpResponse<String> december = send(Fixture.STREET_ADMIN, "GET",
                "/streets/" + Fixture.STREET + "/returns-due?month=2026-12", null);
        assertEquals(200, december.statusCode());
        assertEquals("王秀兰", body(december).path(0).path("name").asText());
        assertEquals("海南****", body(december).path(0).path("place").asText());
        HttpResponse<String> thisMonth = send(Fixture.STREET_ADMIN, "GET",
                "/streets/" + Fixture.STREET + "/returns-due", null);
        assertEquals("[]", thisMonth.body());
        HttpResponse<String> bad = send(Fixture.STREET_ADMIN, "GET",
                "/streets/" + Fixture.STREET + "/returns-due?month=2026-13", null);
        assertEquals(400, bad.statusCode());
        assertEquals(List.of("month:INVALID_PERIOD"), fieldCodes(bad));
        HttpResponse<String> away = send(Fixture.YIYUAN_SECRETARY, "GET",
                "/organizations/" + FakeCore.YIYUAN_BRANCH + "/away-members", null);
        assertEquals("2026-12-10", body(away).path(0).path("expectedReturn").asText());
    }
}
