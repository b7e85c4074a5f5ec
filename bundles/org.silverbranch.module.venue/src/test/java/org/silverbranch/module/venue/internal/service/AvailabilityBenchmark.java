package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.Test;
import org.silverbranch.module.venue.internal.FakeCore;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueType;
import org.silverbranch.module.venue.internal.rules.SlotGrid;

/**
 * Availability search over many venues and bookings on the test database (Derby in memory unless
 * SILVERBRANCH_TEST_POSTGRES is set). Not part of the normal test run (the class name does not end in Test); run by
 * {@code bench/venue-benchmark.sh}. Venues are created through the service; bookings and their claims are written
 * with JDBC batches, as the service would write them (same rows, same claims), because 50,000 service calls would
 * measure the loading, not the search. Prints and writes {@code target/venue-benchmark.txt}.
 * <p>
 * System properties: {@code venue.bench.venues} (200), {@code venue.bench.bookings} (50000), {@code venue.bench.days}
 * (60: the bookings are spread over this many days from today), {@code venue.bench.searches} (500).
 */
public class AvailabilityBenchmark {

    /** Far above the ids the service gave the venues' bookings (none): the loaded bookings name their own ids. */
    private static final long FIRST_ID = 1_000_000;
    private static final int[] START_HOURS = {8, 9, 10, 11, 14, 15, 16, 17, 18, 19};
    private static final VenueType[] TYPES = VenueType.values();

    @Test
    public void searchOverManyVenuesAndBookings() throws Exception {
        int venueCount = Integer.getInteger("venue.bench.venues", 200);
        int bookingCount = Integer.getInteger("venue.bench.bookings", 50_000);
        int days = Integer.getInteger("venue.bench.days", 60);
        int searches = Integer.getInteger("venue.bench.searches", 500);
        Random random = new Random(42);
        try (Fixture f = new Fixture()) {
            long t0 = System.nanoTime();
            List<Venue> venues = new ArrayList<>();
            VenuePolicy policy = new VenuePolicy(0, 240, 60, days + 7, null, false, 0);
            for (int i = 0; i < venueCount; i++) {
                // two thirds owned by 太阳岛, the rest by 松北 and shared with 太阳岛: the search sees all of them
                boolean own = i % 3 != 2;
                var in = Fixture.input("场地" + i, TYPES[i % TYPES.length], 5 + random.nextInt(60), policy,
                        own ? new String[0] : new String[] {FakeCore.TAIYANGDAO});
                var caller = own ? Fixture.STREET_ADMIN : Fixture.SONGBEI_ADMIN;
                String street = own ? Fixture.STREET : FakeCore.SONGBEI;
                venues.add(f.venues.create(caller, street, new org.silverbranch.module.venue.internal.model.VenueInput(
                        in.name(), in.type(), null, in.capacity(), null, in.openingHours(), List.of(),
                        in.sharedWithStreets(), policy, null, null)));
            }
            long loadedVenues = System.nanoTime();
            int written = loadBookings(f, venues, bookingCount, days, random);
            long loaded = System.nanoTime();
            assertTrue(written == bookingCount);
            assertTrue(f.db.count("SELECT COUNT(*) FROM ven_booking") == bookingCount);

            List<Double> millis = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < 50 + searches; i++) {
                LocalDate day = Fixture.TODAY.plusDays(random.nextInt(days));
                VenueType type = random.nextInt(3) == 0 ? null : TYPES[random.nextInt(TYPES.length)];
                Integer minCapacity = random.nextBoolean() ? null : 5 + random.nextInt(40);
                Integer minutes = random.nextBoolean() ? null : 60 * (1 + random.nextInt(3));
                long s = System.nanoTime();
                int n = f.availability.search(Fixture.STREET_ADMIN, Fixture.STREET, day, type, minCapacity, minutes)
                        .size();
                double ms = (System.nanoTime() - s) / 1e6;
                if (i >= 50) {  // the first 50 warm up the JIT and the database's caches
                    millis.add(ms);
                    found += n;
                }
            }
            Collections.sort(millis);
            String report = String.format(
                    "venue availability search on %s: %d venues, %d bookings over %d days (%d claims)%n"
                            + "  load: venues %.1f s, bookings %.1f s%n"
                            + "  %d searches (type/day/minCapacity/minutes at random, %.1f venues found on average):"
                            + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    isBlank(System.getenv("SILVERBRANCH_TEST_POSTGRES")) ? "Derby (in memory)" : "PostgreSQL",
                    venueCount, bookingCount, days, f.db.count("SELECT COUNT(*) FROM ven_slot_claim"),
                    (loadedVenues - t0) / 1e9, (loaded - loadedVenues) / 1e9, searches, found / (double) searches,
                    percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
                    millis.get(millis.size() - 1));
            System.out.print(report);
            Files.writeString(Path.of("target", "venue-benchmark.txt"), report, StandardCharsets.UTF_8);
        }
    }

    /** Writes the bookings (CONFIRMED, one hour or two, never overlapping on a venue) and their claims. */
    private static int loadBookings(Fixture f, List<Venue> venues, int count, int days, Random random)
            throws SQLException {
        String insert = "INSERT INTO ven_booking (id, version, venue_id, venue_street_code, booker_street_code,"
                + " booker_type, booker_id, booker_name, purpose, headcount, booking_date, starts_at, ends_at, status,"
                + " requested_at, requested_by, confirmed_at, updated_at) VALUES (?, 1, ?, ?, ?, 'MEMBER', ?, '王秀兰',"
                + " '活动', 5, ?, ?, ?, 'CONFIRMED', ?, 'bench', ?, ?)";
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 8, 0));
        int written = 0;
        try (Connection c = f.db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement booking = c.prepareStatement(insert);
                 PreparedStatement claim = c.prepareStatement(
                         "INSERT INTO ven_slot_claim (venue_id, slot_start, booking_id) VALUES (?, ?, ?)")) {
                // per venue and day, a few distinct start hours: the bookings of one venue never overlap
                int perVenueDay = Math.max(1, (int) Math.ceil(count / (double) (venues.size() * days)));
                outer:
                for (int d = 0; d < days; d++) {
                    LocalDate day = Fixture.TODAY.plusDays(d);
                    for (Venue v : venues) {
                        List<Integer> hours = new ArrayList<>(Arrays.stream(START_HOURS).boxed().toList());
                        Collections.shuffle(hours, random);
                        for (int k = 0; k < Math.min(perVenueDay, hours.size()); k++) {
                            if (written == count) {
                                break outer;
                            }
                            LocalDateTime start = day.atTime(hours.get(k), 0);
                            LocalDateTime end = start.plusHours(1);  // 1 h: the next start hour may be taken
                            long id = FIRST_ID + written;  // explicit ids: the claims must name them
                            booking.setLong(1, id);
                            booking.setLong(2, v.id());
                            booking.setString(3, v.streetCode());
                            booking.setString(4, v.streetCode());
                            booking.setLong(5, 1000 + random.nextInt(300));
                            booking.setDate(6, java.sql.Date.valueOf(day));
                            booking.setTimestamp(7, Timestamp.valueOf(start));
                            booking.setTimestamp(8, Timestamp.valueOf(end));
                            booking.setTimestamp(9, now);
                            booking.setTimestamp(10, now);
                            booking.setTimestamp(11, now);
                            booking.addBatch();
                            for (LocalDateTime q : SlotGrid.claims(start, end)) {
                                claim.setLong(1, v.id());
                                claim.setTimestamp(2, Timestamp.valueOf(q));
                                claim.setLong(3, id);
                                claim.addBatch();
                            }
                            written++;
                            if (written % 1000 == 0) {
                                booking.executeBatch();
                                claim.executeBatch();
                            }
                        }
                    }
                }
                booking.executeBatch();
                claim.executeBatch();
            }
            c.commit();
        }
        return written;
    }

    /** Maven passes the variable on even when it is unset, as an empty value (JpaTestDatabase reads it alike). */
    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
