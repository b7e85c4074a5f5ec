package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The venue booking module in the running platform, installed over REST and enabled for 太阳岛街道: 50 concurrent
 * requests for one slot book it exactly once, a weekly series skips the one taken week, and a booking nobody checks
 * in for is released after the grace period (20 s here, set through the module's configuration file). One container
 * boot, one test method: the steps share the installed module.
 */
public class VenueIT extends SilverbranchTestSupport {

    private static final String SUN_ISLAND = "230109002";
    private static final String VENUES = "/venue/streets/" + SUN_ISLAND;
    private static final int GRACE_SECONDS = 20;
    private static final Set<String> ACTIVE = Set.of("REQUESTED", "CONFIRMED", "CHECKED_IN");

    @Override
    protected Ports ports() {
        return Ports.block(6);
    }

    /** A short no-show grace and a release every second (PID org.silverbranch.module.venue). */
    @Override
    protected Option[] additionalOptions() {
        String cfg = "etc/org.silverbranch.module.venue.cfg";
        return new Option[] {
            editConfigurationFilePut(cfg, "noShowGraceSeconds", String.valueOf(GRACE_SECONDS)),
            editConfigurationFilePut(cfg, "releaseIntervalSeconds", "1"),
        };
    }

    @Test
    public void venuesAreBookedWithoutDoubleBookingsInSeriesAndNoShowsAreReleased() throws Exception {
        ApiClient api = api();
        assertEquals("INSTALLED", ok(api.post("/modules/venue/install", null)).path("state").asText());
        ok(api.put("/streets/" + SUN_ISLAND + "/modules/venue", null));
        waitForStatus(api, VENUES + "/venues", 200);
        long member = activeMember(api);

        fiftyRequestsForOneSlotBookItOnce(api, member);
        aWeeklySeriesSkipsTheTakenWeek(api, member);
        aNoShowIsReleasedAfterTheGracePeriod(api, member);
    }

    private void fiftyRequestsForOneSlotBookItOnce(ApiClient api, long member) throws Exception {
        long venue = createVenue(api, "天鹅湖社区活动室", 30, 60);
        LocalDate day = LocalDate.now().plusDays(2);
        ObjectNode booking = booking(venue, member, day, "09:00", "10:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return api.post(VENUES + "/bookings", booking);
            }));
        }
        start.countDown();
        int confirmed = 0;
        int conflicts = 0;
        List<String> others = new ArrayList<>();
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response r = answer.get(120, TimeUnit.SECONDS);
            if (r.status() == 201 && "CONFIRMED".equals(r.json().path("status").asText())) {
                confirmed++;
            } else if (r.status() == 409 && "BOOKING_CONFLICT".equals(r.json().path("code").asText())) {
                conflicts++;
            } else {
                others.add(r.toString());
            }
        }
        clients.shutdown();
        assertEquals("unexpected answers: " + others, 0, others.size());
        assertEquals(1, confirmed);
        assertEquals(49, conflicts);
        JsonNode stored = ok(api.get(VENUES + "/bookings?venue=" + venue + "&from=" + day + "&to=" + day));
        assertEquals(stored.toString(), 1, countActive(stored));
    }

    private void aWeeklySeriesSkipsTheTakenWeek(ApiClient api, long member) {
        long venue = createVenue(api, "天鹅湖社区阅览室", 20, 60);
        LocalDate first = LocalDate.now().plusDays(3);
        LocalDate taken = first.plusWeeks(2);
        assertEquals(201, api.post(VENUES + "/bookings", booking(venue, member, taken, "15:00", "16:00")).status());

        ObjectNode series = booking(venue, member, first, "14:00", "16:00").put("frequency", "WEEKLY")
                .put("occurrences", 4).put("skipConflicts", true);
        ApiClient.Response r = api.acceptLanguage("en").post(VENUES + "/bookings/series", series);

        assertEquals(r.toString(), 201, r.status());
        JsonNode booked = r.json().path("booked");
        assertEquals(r.toString(), 3, booked.size());
        List<String> dates = new ArrayList<>();
        booked.forEach(b -> dates.add(b.path("date").asText()));
        assertEquals(List.of(first.toString(), first.plusWeeks(1).toString(), first.plusWeeks(3).toString()), dates);
        JsonNode skipped = r.json().path("skipped");
        assertEquals(r.toString(), 1, skipped.size());
        assertEquals(taken.toString(), skipped.path(0).path("date").asText());
        assertEquals("BOOKING_CONFLICT", skipped.path(0).path("code").asText());
        assertTrue(skipped.toString(), skipped.path(0).path("message").asText().contains("15:00-16:00"));
    }

    private void aNoShowIsReleasedAfterTheGracePeriod(ApiClient api, long member) throws Exception {
        long comes = createVenue(api, "天鹅湖社区乒乓球室", 8, 15);
        long stays = createVenue(api, "天鹅湖社区羽毛球馆", 8, 15);
        waitForRoomInTheQuarter();
        LocalDateTime now = LocalDateTime.now();
        // the quarter hour running now: bookable without notice
        LocalTime start = LocalTime.of(now.getHour(), now.getMinute() / 15 * 15);
        String from = start.toString();
        String to = start.plusMinutes(15).toString();

        JsonNode checkedIn = ok(api.post(VENUES + "/bookings", booking(comes, member, now.toLocalDate(), from, to)));
        ok(api.post(VENUES + "/bookings/" + checkedIn.path("id").asLong() + "/check-in",
                ApiClient.JSON.createObjectNode().put("version", checkedIn.path("version").asLong())));
        JsonNode absent = ok(api.post(VENUES + "/bookings", booking(stays, member, now.toLocalDate(), from, to)));
        long confirmedAt = System.nanoTime();
        assertEquals("CONFIRMED", absent.path("status").asText());

        String status = "CONFIRMED";
        while (!"NO_SHOW".equals(status) && System.nanoTime() - confirmedAt < TimeUnit.SECONDS.toNanos(90)) {
            Thread.sleep(500);
            status = ok(api.get(VENUES + "/bookings/" + absent.path("id").asLong())).path("status").asText();
            if (System.nanoTime() - confirmedAt < TimeUnit.SECONDS.toNanos(GRACE_SECONDS - 2)) {
                assertEquals("released before the grace period ended", "CONFIRMED", status);
            }
        }
        assertEquals("NO_SHOW", status);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - confirmedAt);
        assertTrue("released after " + seconds + " s", seconds >= GRACE_SECONDS - 1);
        String checkedInStatus = ok(api.get(VENUES + "/bookings/" + checkedIn.path("id").asLong())).path("status")
                .asText();
        assertEquals("CHECKED_IN", checkedInStatus);
        // the slot is free again: another booking of the same hour is confirmed
        ApiClient.Response again = api.post(VENUES + "/bookings", booking(stays, member, now.toLocalDate(), from, to));
        assertEquals(again.toString(), 201, again.status());
    }

    /**
     * The no-show step books the quarter hour running now and books it again after the grace period: it needs
     * about a minute and a half of that quarter left, and not the day's last quarter (venues close at 23:59).
     */
    private static void waitForRoomInTheQuarter() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime quarterEnd = now.withMinute(now.getMinute() / 15 * 15).withSecond(0).withNano(0).plusMinutes(15);
        boolean lastQuarter = now.getHour() == 23 && now.getMinute() >= 45;
        if (lastQuarter || java.time.Duration.between(now, quarterEnd).getSeconds() < GRACE_SECONDS + 70) {
            Thread.sleep(java.time.Duration.between(now, quarterEnd).toMillis() + 2000);
        }
    }

    /** A venue open every day 00:00–23:59, shared with nobody, bookable without notice on a slot grid. */
    private static long createVenue(ApiClient api, String name, int capacity, int slotMinutes) {
        ObjectNode venue = ApiClient.JSON.createObjectNode().put("name", name).put("type", "ACTIVITY_ROOM")
                .put("communityCode", "230109002004").put("capacity", capacity).put("accessibilityNotes", "有坡道");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            venue.withArray("openingHours").addObject().put("dayOfWeek", day).put("opens", "00:00")
                    .put("closes", "23:59");
        }
        venue.putObject("policy").put("minNoticeMinutes", 0).put("slotMinutes", slotMinutes).put("maxDurationMinutes", 240)
                .put("horizonDays", 60).put("approvalRequired", false).put("cancelDeadlineMinutes", 0);
        return ok(api.post(VENUES + "/venues", venue)).path("id").asLong();
    }

    private static ObjectNode booking(long venue, long member, LocalDate day, String start, String end) {
        return ApiClient.JSON.createObjectNode().put("venueId", venue).put("bookerType", "MEMBER")
                .put("bookerId", member).put("purpose", "书法练习").put("headcount", 6).put("date", day.toString())
                .put("startTime", start).put("endTime", end);
    }

    /** An active member of the street from the demo district. */
    private static long activeMember(ApiClient api) {
        JsonNode members = ok(api.get("/streets/" + SUN_ISLAND + "/members?size=1&status=ACTIVE")).path("items");
        assertEquals("the demo district has active members: " + members, 1, members.size());
        return members.get(0).path("id").asLong();
    }

    private static long countActive(JsonNode bookings) {
        long n = 0;
        for (JsonNode b : bookings) {
            if (ACTIVE.contains(b.path("status").asText())) {
                n++;
            }
        }
        return n;
    }

    private static void waitForStatus(ApiClient api, String path, int status) throws InterruptedException {
        ApiClient.Response last = null;
        for (int i = 0; i < 1200; i++) {  // 60 s: a cold machine resolves and migrates a module slowly
            last = api.get(path);
            if (last.status() == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + status + ": " + last);
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertTrue(r.toString(), r.status() == 200 || r.status() == 201);
        return r.json();
    }
}
