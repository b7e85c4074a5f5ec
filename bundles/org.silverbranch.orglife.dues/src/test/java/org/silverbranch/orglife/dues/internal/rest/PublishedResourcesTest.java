package org.silverbranch.orglife.dues.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.orglife.dues.internal.DuesMessages;
import org.silverbranch.orglife.dues.internal.FakeCore;
import org.silverbranch.orglife.dues.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The resources on real CXF with the core's real providers (JSON, authentication, error mapping with the bundle's
 * messages) at {@code /api/v1}, as the core publishes its group: status codes, JSON errors, CSV. The caller is the
 * district administrator; scope is tested on the services.
 */
public class PublishedResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes());

    private static Fixture f;
    private static RestTestServer server;
    private static String base;

    @BeforeClass
    public static void publish() throws Exception {
        f = new Fixture();
        DuesMessages messages = new DuesMessages();
        server = RestTestServer.start(fake(AuthenticationService.class,
                        Map.of("authenticate", Optional.of(FakeCore.DISTRICT), "passwordChangeRequired", false)),
                fake(ModuleService.class, Map.of()), fake(StreetService.class, Map.of()), messages::message,
                1_048_576L);
        Clock clock = f.clock;
        server.publish("core", List.of(new MemberDuesResource(f.dues, clock),
                new OrganizationDuesResource(f.reports, f.funds, clock), new StreetDuesResource(f.reports, clock),
                new DistrictDuesResource(f.reports, clock), new DistrictDuesCsvResource(f.reports, clock)));
        base = server.apiBase() + "/v1";
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (answers.containsKey(m.getName())) {
                return answers.get(m.getName());
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static HttpResponse<byte[]> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", BASIC)
                .header("Accept-Language", "en");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode body(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> fieldCodes(HttpResponse<byte[]> response) throws Exception {
        List<String> codes = new ArrayList<>();
        body(response).path("fields").forEach(p -> codes.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return codes;
    }

    @Test
    public void aPaymentIsCreatedAndTheSameMonthAgainIs409NamingTheMonth() throws Exception {
        Member m = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH, 499_999L);
        String payment = "{\"months\":[\"2026-10\",\"2026-11\"],\"amountFen\":5000,\"method\":\"WECHAT\","
                + "\"paidOn\":\"2026-11-20\",\"paidBy\":\"FAMILY\",\"proxyName\":\"王小明\"}";
        HttpResponse<byte[]> created = send("POST", "/members/" + m.id() + "/dues/payments", payment);
        assertEquals(text(created), 201, created.statusCode());
        assertEquals("2026-10", body(created).path("months").path(0).asText());
        assertEquals("王小明", body(created).path("proxyName").asText());

        HttpResponse<byte[]> again = send("POST", "/members/" + m.id() + "/dues/payments",
                payment.replace("\"2026-10\",", "").replace("5000", "2500"));
        assertEquals(text(again), 409, again.statusCode());
        assertEquals("MONTH_ALREADY_PAID", body(again).path("code").asText());
        assertEquals(List.of("months[0]:MONTH_ALREADY_PAID"), fieldCodes(again));
        assertTrue(text(again), body(again).path("fields").path(0).path("message").asText().contains("2026-11"));

        HttpResponse<byte[]> year = send("GET", "/members/" + m.id() + "/dues?year=2026", null);
        assertEquals(200, year.statusCode());
        assertEquals("PAID", body(year).path("months").path(10).path("status").asText());
        assertEquals(2500, body(year).path("months").path(10).path("paidFen").asLong());
        assertEquals(9 * 2500, body(year).path("owedFen").asLong());
        assertTrue(body(year).path("pensionDeclared").asBoolean());

        HttpResponse<byte[]> listed = send("GET", "/members/" + m.id() + "/dues/payments", null);
        assertEquals(text(listed), 200, listed.statusCode());
        assertEquals(1, body(listed).size());
    }

    @Test
    public void aNegativeAmountAndABadYearAre400WithTheField() throws Exception {
        Member m = f.core.member("李建国", FakeCore.TIANEHU_BRANCH, 600_000L);
        HttpResponse<byte[]> negative = send("POST", "/members/" + m.id() + "/dues/payments",
                "{\"months\":[\"2026-11\"],\"amountFen\":-6000,\"method\":\"CASH\",\"paidOn\":\"2026-11-20\","
                        + "\"paidBy\":\"SELF\"}");
        assertEquals(400, negative.statusCode());
        assertEquals(List.of("amountFen:AMOUNT_NOT_POSITIVE"), fieldCodes(negative));
        assertEquals("The amount must be more than 0.", body(negative).path("fields").path(0).path("message").asText());
        HttpResponse<byte[]> badYear = send("GET", "/members/" + m.id() + "/dues?year=20x6", null);
        assertEquals(400, badYear.statusCode());
        assertEquals(List.of("year:INVALID_VALUE"), fieldCodes(badYear));
        assertEquals(404, send("GET", "/members/999999/dues?year=2026", null).statusCode());
        // a day paid before 1921 (0202 for 2026) or past year 9999 is 400, never a database error
        for (String day : List.of("0202-11-05", "+10000-01-01")) {
            HttpResponse<byte[]> bad = send("POST", "/members/" + m.id() + "/dues/payments",
                    "{\"months\":[\"2026-11\"],\"amountFen\":6000,\"method\":\"CASH\",\"paidOn\":\"" + day + "\","
                            + "\"paidBy\":\"SELF\"}");
            assertEquals(day, 400, bad.statusCode());
            if (day.startsWith("0202")) {
                assertEquals(List.of("paidOn:DATE_TOO_EARLY"), fieldCodes(bad));
            }
        }
    }

    @Test
    public void aStaleVoluntaryVersionIs409() throws Exception {
        Member m = f.core.member("赵淑珍", FakeCore.TIANEHU_BRANCH, 500_000L);
        HttpResponse<byte[]> set = send("PUT", "/members/" + m.id() + "/dues/voluntary",
                "{\"voluntaryMonthlyFen\":5000,\"version\":0}");
        assertEquals(text(set), 200, set.statusCode());
        assertEquals(1, body(set).path("accountVersion").asLong());
        HttpResponse<byte[]> stale = send("PUT", "/members/" + m.id() + "/dues/voluntary",
                "{\"voluntaryMonthlyFen\":null,\"version\":0}");
        assertEquals(409, stale.statusCode());
        assertEquals("STALE_VERSION", body(stale).path("code").asText());
    }

    @Test
    public void theFundAnswers201And409BeyondTheBalance() throws Exception {
        String path = "/organizations/" + FakeCore.YIYUAN_BRANCH + "/dues";
        HttpResponse<byte[]> returned = send("POST", path + "/returns",
                "{\"amountFen\":10000,\"returnedOn\":\"2026-11-01\",\"source\":\"STREET\"}");
        assertEquals(text(returned), 201, returned.statusCode());
        HttpResponse<byte[]> over = send("POST", path + "/expenses", "{\"amountFen\":10001,\"spentOn\":\"2026-11-02\","
                + "\"purpose\":\"订阅党报党刊\",\"approvedBy\":\"支委会\"}");
        assertEquals(409, over.statusCode());
        assertEquals(List.of("amountFen:INSUFFICIENT_BALANCE"), fieldCodes(over));
        HttpResponse<byte[]> balance = send("GET", path + "/balance", null);
        assertEquals(10000, body(balance).path("balanceFen").asLong());
    }

    @Test
    public void theArrearsListsComeAsJsonAndAsCsvForExcel() throws Exception {
        f.core.member("孙立华", FakeCore.OUMEIYA_BRANCH, null);
        HttpResponse<byte[]> branch = send("GET", "/organizations/" + FakeCore.OUMEIYA_BRANCH + "/dues?year=2026",
                null);
        assertEquals(text(branch), 200, branch.statusCode());
        assertEquals(1, body(branch).path("withoutPension").size());
        HttpResponse<byte[]> csv = send("GET", "/streets/" + FakeCore.SONGBEI + "/dues.csv?year=2026", null);
        assertEquals(text(csv), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));
        assertTrue(text(csv).contains("孙立华,欧美亚社区离退休干部党支部,在册,否"));
        HttpResponse<byte[]> district = send("GET", "/dues?period=2026-Q4", null);
        assertEquals(text(district), 200, district.statusCode());
        assertEquals("2026-Q4", body(district).path("totals").path("period").asText());
        HttpResponse<byte[]> districtCsv = send("GET", "/dues.csv?year=2026", null);
        assertEquals(200, districtCsv.statusCode());
        assertTrue(text(districtCsv).contains("全区合计"));
        assertEquals(400, send("GET", "/dues?period=2026-Q5", null).statusCode());
    }
}
