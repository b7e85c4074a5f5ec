package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.forMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.persistence.SlotClaims;

/** Double bookings under concurrency: what the database guarantees, not only what a read before the write sees. */
public class ConcurrencyTest {

    private static Fixture f;

    @BeforeClass
    public static void database() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void ofTwentyRequestsForTheSameSlotAtOnceExactlyOneIsBooked() throws Exception {
        Venue venue = f.venue();
        long[] members = new long[20];
        for (int i = 0; i < members.length; i++) {
            members[i] = f.member("党员" + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(members.length);
        List<Future<Object>> results = new ArrayList<>();
        for (long member : members) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), member, FRIDAY, "09:00",
                            "10:30"));
                } catch (ServiceException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        int booked = 0;
        List<Object> others = new ArrayList<>();
        for (Future<Object> r : results) {
            Object outcome = r.get(60, TimeUnit.SECONDS);
            if (outcome instanceof Booking) {
                booked++;
            } else {
                others.add(outcome);
            }
        }
        pool.shutdown();
        assertEquals(1, booked);
        assertEquals(others.toString(), 19, others.stream().filter("BOOKING_CONFLICT"::equals).count());
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ven_booking WHERE venue_id = ?", venue.id()));
        assertEquals(6, f.claims(venue.id()));
    }

    /**
     * Two transactions that both passed any read (here: none at all) and then claim the same quarter hour: the second
     * waits for the first and is refused by the primary key once the first commits. This is what holds when two
     * bookings race past the overlap query.
     */
    @Test
    public void theClaimKeyRefusesASecondClaimOfAQuarterHourWhateverWasRead() throws Exception {
        Venue venue = f.venue();
        Booking first = f.book(venue, FRIDAY, "14:00", "14:30");
        Booking second = f.book(venue, FRIDAY, "15:00", "15:30");
        Timestamp quarter = Timestamp.valueOf(FRIDAY.atTime(18, 0));
        try (Connection a = f.db.dataSource.getConnection(); Connection b = f.db.dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            claim(a, venue.id(), quarter, first.id());
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<SQLException> racing = other.submit((Callable<SQLException>) () -> {
                try {
                    claim(b, venue.id(), quarter, second.id());
                    b.commit();
                    return null;
                } catch (SQLException e) {
                    b.rollback();
                    return e;
                }
            });
            Thread.sleep(300);  // the second insert is now waiting on the first transaction's key
            a.commit();
            SQLException refused = racing.get(30, TimeUnit.SECONDS);
            other.shutdown();
            assertNotNull("the second claim must fail", refused);
            assertTrue(refused.getSQLState(), SlotClaims.isTaken(refused));
        }
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ven_slot_claim WHERE venue_id = ? AND slot_start = ?",
                venue.id(), quarter));
    }

    private static void claim(Connection c, long venueId, Timestamp start, long bookingId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ven_slot_claim (venue_id, slot_start, booking_id) VALUES (?, ?, ?)")) {
            insert.setLong(1, venueId);
            insert.setTimestamp(2, start);
            insert.setLong(3, bookingId);
            insert.executeUpdate();
        }
    }
}
