package org.silverbranch.module.volunteer.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.lang.reflect.Proxy;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.module.volunteer.internal.rest.ReportResource;
import org.silverbranch.module.volunteer.internal.rest.ShiftResource;
import org.silverbranch.module.volunteer.internal.rest.SignupResource;
import org.silverbranch.module.volunteer.internal.rest.TeamResource;
import org.silverbranch.module.volunteer.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The module's resources on real CXF behind its servlet in an embedded Jetty, at {@code /api/v1/volunteer} as the
 * core publishes a module group, with the core's JSON settings. The core's own authentication and error mapping are
 * stood in for by a filter (the street admin of 太阳岛街道, through the core's principal type, which
 * {@code Callers.of} reads) and a mapper giving status and code: what is checked here is the module's part —
 * paths, status codes, Location headers, JSON and CSV bodies.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String STREET = Fixture.STREET;
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes());

    private static Fixture f;
    private static RestTestServer server;
    private static String base;

    @BeforeClass
    public static void publish() throws Exception {
        f = new Fixture();
        VolunteerModule module = new VolunteerModule("1.0.0");
        server = RestTestServer.start(fake(AuthenticationService.class,
                        Map.of("authenticate", Optional.of(Fixture.STREET_ADMIN), "passwordChangeRequired", false)),
                fake(ModuleService.class, Map.of("isEnabled", true)), fake(StreetService.class, Map.of()),
                module::message, 1_048_576L);
        server.publish(VolunteerModule.ID, List.of(new TeamResource(f.teams), new ShiftResource(f.shifts, f.signups),
                new SignupResource(f.signups), new ReportResource(f.reports)));
        base = server.apiBase() + "/v1/volunteer/streets/" + STREET;
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        f.close();
    }

    /** A core service answering the named methods with fixed values; the core's own fakes live in its tests. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (answers.containsKey(m.getName())) {
                return answers.get(m.getName());
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /** The field problems of an error answer as "field:code". */
    private static List<String> fieldCodes(HttpResponse<String> response) throws Exception {
        List<String> codes = new ArrayList<>();
        body(response).path("fields").forEach(p -> codes.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return codes;
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", BASIC);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    public void aStreetRunsATeamFromCreationToApprovedHours() throws Exception {
        long[] m = f.members("王秀兰", "李建国");
        HttpResponse<String> team = send("POST", "/teams", "{\"name\":\"天鹅湖爱心义剪队\",\"serviceType\":\"HAIRCUT\","
                + "\"communityCode\":\"230109002004\",\"captainId\":" + m[0] + ",\"memberIds\":[" + m[1] + "]}");
        assertEquals(team.body(), 201, team.statusCode());
        long teamId = body(team).path("id").asLong();
        assertEquals(base + "/teams/" + teamId, team.headers().firstValue("Location").orElseThrow());
        assertEquals("爱心义剪", body(team).path("serviceName").asText());

        HttpResponse<String> shifts = send("POST", "/shifts", "{\"teamId\":" + teamId + ",\"date\":\"2026-11-07\","
                + "\"startTime\":\"09:00\",\"endTime\":\"11:30\",\"place\":\"天鹅湖社区理发室\",\"capacity\":2,"
                + "\"repeatWeeks\":2}");
        assertEquals(shifts.body(), 201, shifts.statusCode());
        assertEquals(2, body(shifts).size());
        long shiftId = body(shifts).path(0).path("id").asLong();
        assertEquals(base + "/shifts/" + shiftId, shifts.headers().firstValue("Location").orElseThrow());
        assertEquals("09:00:00", body(shifts).path(0).path("startTime").asText());  // ISO-8601, as the core writes times
        assertEquals(150, body(shifts).path(0).path("minutes").asInt());

        HttpResponse<String> signup = send("POST", "/shifts/" + shiftId + "/signups", "{\"memberId\":" + m[1] + "}");
        assertEquals(signup.body(), 201, signup.statusCode());
        long signupId = body(signup).path("id").asLong();
        assertEquals(base + "/signups/" + signupId, signup.headers().firstValue("Location").orElseThrow());
        assertEquals("CONFIRMED", body(signup).path("status").asText());

        f.clock.set(Fixture.TODAY.plusDays(2).atTime(9, 0));
        try {
            HttpResponse<String> in = send("POST", "/signups/" + signupId + "/check-in",
                    "{\"version\":" + body(signup).path("version").asLong() + "}");
            assertEquals(in.body(), 200, in.statusCode());
            HttpResponse<String> corrected = send("PUT", "/signups/" + signupId + "/hours",
                    "{\"minutes\":140,\"version\":" + body(in).path("version").asLong() + "}");
            assertEquals("2.33", body(corrected).path("hours").decimalValue().toPlainString());
            HttpResponse<String> approved = send("POST", "/signups/" + signupId + "/approve-hours",
                    "{\"version\":" + body(corrected).path("version").asLong() + "}");
            assertEquals("APPROVED", body(approved).path("hoursStatus").asText());
            HttpResponse<String> stale = send("POST", "/signups/" + signupId + "/approve-hours",
                    "{\"version\":" + body(corrected).path("version").asLong() + "}");
            assertEquals(409, stale.statusCode());
        } finally {
            f.clock.set(Fixture.START);
        }

        HttpResponse<String> hours = send("GET", "/members/" + m[1] + "/hours?year=2026", null);
        assertEquals(hours.body(), 200, hours.statusCode());
        assertEquals(140, body(hours).path("approvedMinutes").asInt());

        HttpResponse<String> stats = send("GET", "/stats?month=2026-11&team=" + teamId, null);
        assertEquals(stats.body(), 200, stats.statusCode());
        assertEquals("2026-11", body(stats).path("months").path(0).path("month").asText());
        assertEquals(140, body(stats).path("totals").path("approvedMinutes").asInt());
        assertEquals(2, body(stats).path("totals").path("shifts").asInt());

        HttpResponse<byte[]> csv = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/hours.csv?month=2026-11"))
                .header("Authorization", BASIC).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8",
                csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"volunteer-hours-230109002-2026-11.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("日期,开始时间,结束时间,服务队") && text.contains(",李建国,140,2.33,"));

        HttpResponse<String> withdraw = send("DELETE", "/shifts/" + body(shifts).path(1).path("id").asLong()
                + "/signups/" + m[1], null);
        assertEquals(404, withdraw.statusCode());
        assertEquals("SIGNUP_NOT_FOUND", body(withdraw).path("code").asText());
    }

    @Test
    public void badParametersAndBodiesAre400WithTheirFields() throws Exception {
        HttpResponse<String> dates = send("GET", "/shifts?from=2026-13-01&to=soon&status=LATE", null);
        assertEquals(400, dates.statusCode());
        assertEquals(List.of("from:INVALID_DATE", "to:INVALID_DATE", "status:INVALID_VALUE"),   // in the order read
                fieldCodes(dates));

        HttpResponse<String> past = send("POST", "/shifts", "{\"teamId\":1,\"date\":\"2026-11-01\","
                + "\"startTime\":\"10:00\",\"endTime\":\"09:00\",\"place\":\"活动室\",\"capacity\":0}");
        assertEquals(400, past.statusCode());
        assertEquals(List.of("capacity:OUT_OF_RANGE", "endTime:END_BEFORE_START", "date:DATE_IN_PAST"),
                fieldCodes(past));

        assertEquals(400, send("GET", "/stats?month=2026-11&year=2026", null).statusCode());
        assertEquals(404, send("GET", "/teams/abc", null).statusCode());
        assertEquals("TEAM_NOT_FOUND", body(send("GET", "/teams/987654", null)).path("code").asText());
        assertEquals("SHIFT_NOT_FOUND", body(send("GET", "/shifts/987654", null)).path("code").asText());
    }
}
