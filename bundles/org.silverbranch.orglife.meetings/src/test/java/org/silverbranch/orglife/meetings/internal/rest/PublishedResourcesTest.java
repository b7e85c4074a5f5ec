package org.silverbranch.orglife.meetings.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.meetings.internal.FakeCore.*;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.internal.MeetingsMessages;
import org.silverbranch.orglife.meetings.internal.rules.FileTypesTest;
import org.silverbranch.orglife.meetings.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundle's resources in the core group at {@code /api/v1}, on real CXF with the core's real providers
 * (authentication, JSON, error mapping with this bundle's messages, request size limit), beside stand-ins for the
 * core's own {@code organizations} and {@code streets} resources, which share the first path segment. Users are
 * picked by the HTTP Basic user name.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The core's body limit in this test: above the bundle's attachment limit (4096) of the fixture. */
    private static final long CORE_LIMIT = 8192;
    private static final Map<String, Caller> USERS = Map.of("district", DISTRICT_ADMIN, "taiyangdao", STREET_ADMIN,
            "viewer", VIEWER, "songbei", SONGBEI_ADMIN, "tianehu", TIANEHU_SECRETARY);

    private static Fixture f;
    private static RestTestServer server;
    private static String base;

    /** Stands in for the core's OrganizationResource, at the same root path. */
    @Path("organizations")
    @Produces(MediaType.APPLICATION_JSON)
    public static class CoreOrganizations {

        @GET
        @Path("{id: [0-9]+}")
        public Map<String, Object> organization(@PathParam("id") long id) {
            return Map.of("id", id);
        }
    }

    /** Stands in for the core's StreetResource, at the same root path. */
    @Path("streets")
    @Produces(MediaType.APPLICATION_JSON)
    public static class CoreStreets {

        @GET
        @Path("{code}")
        public Map<String, Object> street(@PathParam("code") String code) {
            return Map.of("code", code);
        }
    }

    @BeforeClass
    public static void publish() throws Exception {
        f = new Fixture();
        AuthenticationService auth = (AuthenticationService) Proxy.newProxyInstance(
                AuthenticationService.class.getClassLoader(), new Class<?>[] {AuthenticationService.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "authenticate" -> Optional.ofNullable(USERS.get((String) args[0]));
                    case "passwordChangeRequired" -> false;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        MeetingsMessages messages = new MeetingsMessages();
        server = RestTestServer.start(auth, fake(ModuleService.class), fake(StreetService.class), messages::message,
                CORE_LIMIT);
        server.publish("core", List.of(new CoreOrganizations(), new CoreStreets(),
                new OrganizationMeetingsResource(f.meetings, f.compliance, f.clock),
                new MeetingResource(f.meetings, f.settings), new ComplianceResource(f.compliance, f.clock),
                new DistrictComplianceResource(f.compliance, f.clock)));
        base = server.apiBase() + "/v1";
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder r = request(user, path);
        if (json == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(String user, long meetingId, String name, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder r = request(user, "/meetings/" + meetingId + "/attachments?filename="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            r.header("Content-Type", type);
        }
        return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> fieldCodes(HttpResponse<String> response) throws Exception {
        List<String> codes = new ArrayList<>();
        body(response).path("fields").forEach(p -> codes.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return codes;
    }

    private static long meeting(String user, long organizationId, String json) throws Exception {
        HttpResponse<String> created = send(user, "POST", "/organizations/" + organizationId + "/meetings", json);
        assertEquals(created.body(), 201, created.statusCode());
        return body(created).path("id").asLong();
    }

    @Test
    public void aSecretaryRecordsAMeetingAndChangesIt() throws Exception {
        HttpResponse<String> created = send("tianehu", "POST", "/organizations/" + TIANEHU_BRANCH + "/meetings",
                "{\"type\":\"THEME_PARTY_DAY\",\"date\":\"2026-11-05\",\"place\":\"天鹅湖社区\",\"topic\":\"重温入党誓词\","
                        + "\"attendees\":[{\"memberId\":101,\"status\":\"PRESENT\"},{\"memberId\":102,\"status\":\"REMOTE\"},"
                        + "{\"memberId\":103,\"status\":\"ABSENT\",\"reason\":\"在三亚\"}],"
                        + "\"resolutions\":[{\"title\":\"开展志愿服务\",\"votesFor\":2,\"votesAgainst\":0,\"abstentions\":0}]}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode m = body(created);
        long id = m.path("id").asLong();
        assertEquals(base + "/meetings/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("2026-11-05", m.path("date").asText());
        assertEquals("HELD", m.path("status").asText());
        assertTrue(m.path("resolutions").path(0).path("passed").asBoolean());

        HttpResponse<String> read = send("viewer", "GET", "/meetings/" + id, null);
        assertEquals(200, read.statusCode());
        assertEquals("李建国", body(read).path("attendees").path(1).path("memberName").asText());
        // the absence reason (maybe a health detail) in full to the writer only
        assertEquals("在三亚", m.path("attendees").path(2).path("reason").asText());
        assertEquals("******", body(read).path("attendees").path(2).path("reason").asText());
        assertEquals("在三亚", body(send("taiyangdao", "GET", "/meetings/" + id, null)).path("attendees").path(2)
                .path("reason").asText());

        String change = "{\"version\":" + m.path("version").asLong() + ",\"type\":\"THEME_PARTY_DAY\","
                + "\"date\":\"2026-11-05\",\"topic\":\"重温入党誓词（更正）\",\"attendees\":[{\"memberId\":101,\"status\":\"PRESENT\"}]}";
        HttpResponse<String> updated = send("tianehu", "PUT", "/meetings/" + id, change);
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(1, body(updated).path("attendees").size());
        HttpResponse<String> stale = send("tianehu", "PUT", "/meetings/" + id, change);
        assertEquals(409, stale.statusCode());
        assertEquals("STALE_VERSION", body(stale).path("code").asText());

        HttpResponse<String> list = send("taiyangdao", "GET", "/organizations/" + TIANEHU_BRANCH
                + "/meetings?type=theme_party_day&period=2026-11&size=10", null);
        assertEquals(list.body(), 200, list.statusCode());
        assertTrue(body(list).path("total").asLong() >= 1);
        assertEquals("THEME_PARTY_DAY", body(list).path("items").path(0).path("type").asText());
    }

    @Test
    public void badInputAnswers400WithEveryFieldInChineseOrEnglish() throws Exception {
        String json = "{\"type\":\"MEMBER_ASSEMBLY\",\"date\":\"2026-12-01\",\"topic\":\"大会\","
                + "\"attendees\":[{\"memberId\":401,\"status\":\"PRESENT\"},{\"memberId\":101,\"status\":\"PRESENT\"}],"
                + "\"resolutions\":[{\"title\":\"决议\",\"votesFor\":2,\"votesAgainst\":0,\"abstentions\":0}]}";
        HttpResponse<String> bad = send("taiyangdao", "POST", "/organizations/" + TIANEHU_BRANCH + "/meetings", json);
        assertEquals(400, bad.statusCode());
        assertEquals("VALIDATION_FAILED", body(bad).path("code").asText());
        assertEquals(List.of("date:DATE_IN_FUTURE", "attendees[0].memberId:MEMBER_NOT_IN_ORGANIZATION",
                "resolutions[0]:VOTES_EXCEED_PARTICIPANTS"), fieldCodes(bad));
        assertTrue(bad.body(), body(bad).path("fields").path(2).path("message").asText().contains("1"));

        HttpResponse<String> english = CLIENT.send(request("taiyangdao", "/organizations/" + TIANEHU_BRANCH
                + "/meetings").header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals("Votes for, against and abstaining together cannot exceed the 1 members taking part (present"
                + " and remote).", body(english).path("fields").path(2).path("message").asText());

        HttpResponse<String> badEnum = send("taiyangdao", "GET", "/organizations/" + TIANEHU_BRANCH
                + "/meetings?type=PICNIC&period=2026-Q5", null);
        assertEquals(400, badEnum.statusCode());
        assertEquals(List.of("type:INVALID_VALUE"), fieldCodes(badEnum));
    }

    @Test
    public void scopeAnswers404And403() throws Exception {
        long id = meeting("taiyangdao", TIANEHU_BRANCH, "{\"type\":\"PARTY_LECTURE\",\"date\":\"2026-11-01\",\"topic\":\"党课\"}");
        HttpResponse<String> other = send("songbei", "GET", "/meetings/" + id, null);
        assertEquals(404, other.statusCode());
        assertEquals("MEETING_NOT_FOUND", body(other).path("code").asText());
        assertEquals(404, send("songbei", "GET", "/organizations/" + TIANEHU_BRANCH + "/meetings", null).statusCode());
        assertEquals(403, send("viewer", "PUT", "/meetings/" + id, "{\"version\":1}").statusCode());
        assertEquals(403, send("viewer", "GET", "/compliance?period=2026-Q4", null).statusCode());
    }

    @Test
    public void attachmentsGoUpCheckedAndComeBackIntact() throws Exception {
        long id = meeting("taiyangdao", TIANEHU_BRANCH, "{\"type\":\"MEMBER_ASSEMBLY\",\"date\":\"2026-11-01\",\"topic\":\"大会\"}");
        HttpResponse<String> up = upload("tianehu", id, "会议记录 2026.pdf", "application/pdf", FileTypesTest.PDF);
        assertEquals(up.body(), 201, up.statusCode());
        long fileId = body(up).path("id").asLong();
        assertEquals(base + "/meetings/" + id + "/attachments/" + fileId,
                up.headers().firstValue("Location").orElseThrow());

        HttpResponse<byte[]> down = CLIENT.send(request("viewer", "/meetings/" + id + "/attachments/" + fileId)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, down.statusCode());
        assertArrayEquals(FileTypesTest.PDF, down.body());
        assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"_____2026.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95"
                + "%202026.pdf", down.headers().firstValue("Content-Disposition").orElseThrow());

        HttpResponse<String> html = upload("tianehu", id, "x.pdf", "application/pdf",
                "<html><script>1</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.statusCode());
        assertEquals(List.of("content:ATTACHMENT_TYPE_NOT_ALLOWED"), fieldCodes(html));

        byte[] overBundleLimit = Arrays.copyOf(FileTypesTest.PDF, (int) Fixture.ATTACHMENT_LIMIT + 1);
        HttpResponse<String> big = upload("tianehu", id, "big.pdf", "application/pdf", overBundleLimit);
        assertEquals(413, big.statusCode());
        assertEquals("ATTACHMENT_TOO_LARGE", body(big).path("code").asText());
        byte[] overCoreLimit = Arrays.copyOf(FileTypesTest.PDF, (int) CORE_LIMIT + 1);
        HttpResponse<String> huge = upload("tianehu", id, "huge.pdf", "application/pdf", overCoreLimit);
        assertEquals(413, huge.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", body(huge).path("code").asText());

        assertEquals(404, send("songbei", "GET", "/meetings/" + id + "/attachments/" + fileId, null).statusCode());
        assertEquals(403, upload("viewer", id, "a.pdf", "application/pdf", FileTypesTest.PDF).statusCode());
    }

    private static HttpResponse<String> uploadNamedInHeader(long meetingId, String header) throws Exception {
        return CLIENT.send(request("tianehu", "/meetings/" + meetingId + "/attachments")
                .header("Content-Type", "application/pdf").header(MeetingResource.FILE_NAME_HEADER, header)
                .POST(HttpRequest.BodyPublishers.ofByteArray(FileTypesTest.PDF)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void aFileNameHeaderIsPercentDecodedAndAMalformedOneIs400() throws Exception {
        long id = meeting("taiyangdao", TIANEHU_BRANCH, "{\"type\":\"PARTY_LECTURE\",\"date\":\"2026-11-02\",\"topic\":\"党课\"}");
        HttpResponse<String> ok = uploadNamedInHeader(id, "%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95.pdf");
        assertEquals(ok.body(), 201, ok.statusCode());
        assertEquals("会议记录.pdf", body(ok).path("fileName").asText());
        for (String malformed : List.of("%zz.pdf", "report%E4%B.pdf", "a.pdf%")) {
            HttpResponse<String> bad = uploadNamedInHeader(id, malformed);
            assertEquals(malformed + " " + bad.body(), 400, bad.statusCode());
            assertEquals("VALIDATION_FAILED", body(bad).path("code").asText());
            assertEquals(List.of("filename:INVALID_VALUE"), fieldCodes(bad));
        }
        assertEquals(1, body(send("taiyangdao", "GET", "/meetings/" + id, null)).path("attachments").size());
    }

    @Test
    public void complianceOfABranchAStreetAndTheDistrict() throws Exception {
        f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, LocalDate.of(2026, 9, 30));
        HttpResponse<String> street = send("taiyangdao", "GET", "/streets/" + TAIYANGDAO + "/compliance?period=2026-Q3",
                null);
        assertEquals(street.body(), 200, street.statusCode());
        assertEquals("2026-Q3", body(street).path("period").asText());
        assertEquals(2, body(street).path("branches").size());
        assertEquals("MISSED", body(street).path("branches").path(0).path("status").asText());
        JsonNode assembly = body(street).path("branches").path(0).path("requirements").path(0);
        assertEquals("MEMBER_ASSEMBLY", assembly.path("type").asText());
        assertEquals("MET", assembly.path("status").asText());

        assertEquals("2026-Q4", body(send("taiyangdao", "GET", "/streets/" + TAIYANGDAO + "/compliance", null))
                .path("period").asText());   // the current quarter by default
        HttpResponse<String> badPeriod = send("taiyangdao", "GET", "/streets/" + TAIYANGDAO
                + "/compliance?period=2026-Q5", null);
        assertEquals(400, badPeriod.statusCode());
        assertEquals(List.of("period:INVALID_PERIOD"), fieldCodes(badPeriod));

        HttpResponse<byte[]> csv = CLIENT.send(request("taiyangdao", "/streets/" + TAIYANGDAO
                + "/compliance.csv?period=2026-Q3").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", ""));
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(4, lines.length);   // header, two branches, total
        assertTrue(lines[0], lines[0].startsWith("街道代码,街道,期间,支部编号,支部名称"));
        assertTrue(lines[1], lines[1].startsWith(TAIYANGDAO + ",太阳岛街道,2026-Q3," + TIANEHU_BRANCH
                + ",天鹅湖社区离退休干部党支部,230109002004,未达标,"));
        assertTrue(lines[3], lines[3].contains("合计 2 个支部"));

        HttpResponse<String> year = send("tianehu", "GET", "/organizations/" + TIANEHU_BRANCH + "/compliance?year=2026",
                null);
        assertEquals(year.body(), 200, year.statusCode());
        assertEquals(4, body(year).path("quarters").size());
        assertEquals("MET", body(year).path("quarters").path(2).path("requirements").path(0).path("status").asText());
        assertEquals(400, send("tianehu", "GET", "/organizations/" + TIANEHU_BRANCH + "/compliance?year=1800", null)
                .statusCode());

        HttpResponse<String> district = send("district", "GET", "/compliance?period=2026-Q3", null);
        assertEquals(district.body(), 200, district.statusCode());
        assertEquals(3, body(district).path("totals").path("branches").asInt());
    }

    @Test
    public void theCoresOwnResourcesAtTheSamePathsStillAnswer() throws Exception {
        assertEquals("{\"id\":11}", send("viewer", "GET", "/organizations/11", null).body());
        assertEquals("{\"code\":\"" + TAIYANGDAO + "\"}", send("viewer", "GET", "/streets/" + TAIYANGDAO, null).body());
    }
}
