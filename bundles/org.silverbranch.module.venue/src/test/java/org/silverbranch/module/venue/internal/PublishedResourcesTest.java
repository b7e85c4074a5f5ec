package org.silverbranch.module.venue.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.core.rest.internal.RestTestServer;
import org.silverbranch.module.venue.internal.rest.AvailabilityResource;
import org.silverbranch.module.venue.internal.rest.BookingResource;
import org.silverbranch.module.venue.internal.rest.UtilizationResource;
import org.silverbranch.module.venue.internal.rest.VenueResource;
import org.silverbranch.module.venue.internal.service.Fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The module's resources on real CXF with the core's real providers (JSON, errors with the module's messages,
 * authentication, module gate) in an embedded Jetty at {@code /api/v1/venue}, over HTTP: status codes, Location
 * headers, JSON, error bodies and the CSV download.
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
        VenueModule module = new VenueModule("1.0.0");
        server = RestTestServer.start(fake(AuthenticationService.class,
                        Map.of("authenticate", Optional.of(Fixture.STREET_ADMIN), "passwordChangeRequired", false)),
                fake(ModuleService.class, Map.of("isEnabled", true)), fake(StreetService.class, Map.of()),
                module::message, 1_048_576L);
        server.publish(VenueModule.ID, List.of(new VenueResource(f.venues, f.availability),
                new AvailabilityResource(f.availability), new BookingResource(f.bookings),
                new UtilizationResource(f.utilization)));
        base = server.apiBase() + "/v1/venue/streets/" + Fixture.STREET;
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

    private static HttpResponse<String> send(String method, String path, String json, String language)
            throws Exception {
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

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, json, "zh-CN");
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static final String HOURS = "[" + String.join(",", Arrays.stream(java.time.DayOfWeek.values())
            .map(d -> "{\"dayOfWeek\":\"" + d + "\",\"opens\":\"08:00\",\"closes\":\"21:00\"}").toList()) + "]";

    private static long createVenue(String name) throws Exception {
        HttpResponse<String> venue = send("POST", "/venues", "{\"name\":\"" + name + "\",\"type\":\"ACTIVITY_ROOM\","
                + "\"capacity\":30,\"openingHours\":" + HOURS + ",\"policy\":{\"minNoticeMinutes\":60}}");
        assertEquals(venue.body(), 201, venue.statusCode());
        long id = body(venue).path("id").asLong();
        assertEquals(base + "/venues/" + id, venue.headers().firstValue("Location").orElseThrow());
        return id;
    }

    @Test
    public void aVenueIsCreatedBookedAndADoubleBookingIsAConflictWithItsMessage() throws Exception {
        long venueId = createVenue("天鹅湖社区活动室");
        long wang = f.member("王秀兰");
        String booking = "{\"venueId\":" + venueId + ",\"bookerType\":\"MEMBER\",\"bookerId\":" + wang
                + ",\"purpose\":\"书法练习\",\"headcount\":8,\"date\":\"2026-11-06\",\"startTime\":\"09:00\","
                + "\"endTime\":\"10:30\"}";

        HttpResponse<String> made = send("POST", "/bookings", booking);
        assertEquals(made.body(), 201, made.statusCode());
        long id = body(made).path("id").asLong();
        assertEquals(base + "/bookings/" + id, made.headers().firstValue("Location").orElseThrow());
        assertEquals("CONFIRMED", body(made).path("status").asText());
        assertEquals("09:00:00", body(made).path("startTime").asText());

        HttpResponse<String> again = send("POST", "/bookings", booking, "en");
        assertEquals(409, again.statusCode());
        assertEquals("BOOKING_CONFLICT", body(again).path("code").asText());
        assertEquals("startTime", body(again).path("fields").path(0).path("field").asText());
        assertEquals("This time is already booked (2026-11-06 09:00-10:30 is taken). Please choose another time.",
                body(again).path("fields").path(0).path("message").asText());

        HttpResponse<String> tooMany = send("POST", "/bookings", booking.replace("\"headcount\":8", "\"headcount\":31")
                .replace("09:00", "11:00").replace("10:30", "12:00"));
        assertEquals(400, tooMany.statusCode());
        assertEquals("OVER_CAPACITY", body(tooMany).path("fields").path(0).path("code").asText());
        assertTrue(body(tooMany).path("fields").path(0).path("message").asText().contains("超过了场地容量"));

        HttpResponse<String> cancelled = send("POST", "/bookings/" + id + "/cancel",
                "{\"version\":" + body(made).path("version").asLong() + "}");
        assertEquals(cancelled.body(), 200, cancelled.statusCode());
        assertEquals("CANCELLED", body(cancelled).path("status").asText());
        assertEquals(1, body(send("GET", "/bookings?from=2026-11-06&to=2026-11-06&venue=" + venueId, null)).size());
    }

    @Test
    public void aSeriesAnswersTheSkippedDateWithTheReasonInTheRequestsLanguage() throws Exception {
        long venueId = createVenue("天鹅湖社区阅览室");
        long li = f.member("李建国");
        HttpResponse<String> taken = send("POST", "/bookings", "{\"venueId\":" + venueId + ",\"bookerType\":\"MEMBER\","
                + "\"bookerId\":" + f.member("张志强") + ",\"purpose\":\"读书会\",\"headcount\":5,\"date\":\"2026-11-13\","
                + "\"startTime\":\"14:00\",\"endTime\":\"15:00\"}");
        assertEquals(201, taken.statusCode());

        HttpResponse<String> series = send("POST", "/bookings/series", "{\"venueId\":" + venueId
                + ",\"bookerType\":\"MEMBER\",\"bookerId\":" + li + ",\"purpose\":\"合唱排练\",\"headcount\":10,"
                + "\"date\":\"2026-11-06\",\"startTime\":\"14:00\",\"endTime\":\"16:00\",\"frequency\":\"WEEKLY\","
                + "\"occurrences\":4,\"skipConflicts\":true}", "en");

        assertEquals(series.body(), 201, series.statusCode());
        assertEquals(3, body(series).path("booked").size());
        JsonNode skipped = body(series).path("skipped").path(0);
        assertEquals("2026-11-13", skipped.path("date").asText());
        assertEquals("BOOKING_CONFLICT", skipped.path("code").asText());
        assertTrue(skipped.path("message").asText(), skipped.path("message").asText()
                .startsWith("This time is already booked (2026-11-13 14:00-15:00"));
    }

    @Test
    public void availabilityUtilizationCsvAndBadParameters() throws Exception {
        long venueId = createVenue("天鹅湖社区乒乓球室");
        HttpResponse<String> free = send("GET", "/venues/" + venueId + "/availability?date=2026-11-07&days=2", null);
        assertEquals(free.body(), 200, free.statusCode());
        assertEquals("08:00:00", body(free).path("days").path(0).path("free").path(0).path("start").asText());
        HttpResponse<String> search = send("GET", "/availability?date=2026-11-07&type=ACTIVITY_ROOM&minCapacity=20", null);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("\"venueId\":" + venueId));

        HttpResponse<String> report = send("GET", "/utilization?month=2026-11", null);
        assertEquals(report.body(), 200, report.statusCode());
        assertEquals("2026-11", body(report).path("month").asText());
        HttpResponse<byte[]> csv = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/utilization.csv?month=2026-11"))
                .header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("attachment; filename=\"venue-utilization-230109002-2026-11.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv.body(), 3));

        HttpResponse<String> bad = send("GET", "/availability?date=2026-13-01&type=CASTLE", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("INVALID_DATE") && bad.body().contains("INVALID_VALUE"));
        assertEquals(404, send("GET", "/venues/999999", null).statusCode());
        assertEquals("VENUE_NOT_FOUND", body(send("GET", "/venues/999999", null)).path("code").asText());
    }
}
