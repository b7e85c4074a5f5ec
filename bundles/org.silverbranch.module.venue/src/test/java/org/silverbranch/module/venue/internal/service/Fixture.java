package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.venue.internal.FakeCore;
import org.silverbranch.module.venue.internal.RecordingAuditTrail;
import org.silverbranch.module.venue.internal.TestClock;
import org.silverbranch.module.venue.internal.TestDatabase;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueType;

/**
 * The module's services on a real database with the core faked, as the OSGi components would be wired, plus
 * shorthands for the tests. Each test class makes its own fixture (its own database); each test makes its own
 * venues and members, so tests do not depend on each other.
 */
public final class Fixture implements AutoCloseable {

    /** 太阳岛街道's office: the street admin. */
    public static final Caller STREET_ADMIN = new Caller("taiyangdao-admin", Role.STREET_ADMIN, FakeCore.TAIYANGDAO, null);
    /** 松北街道's office. */
    public static final Caller SONGBEI_ADMIN = new Caller("songbei-admin", Role.STREET_ADMIN, FakeCore.SONGBEI, null);
    /** Today in the tests: Thursday 2026-11-05, 08:00 in Harbin. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 11, 5, 8, 0);
    public static final LocalDate TODAY = START.toLocalDate();
    /** Friday, the day after. */
    public static final LocalDate FRIDAY = TODAY.plusDays(1);
    public static final String STREET = FakeCore.TAIYANGDAO;
    /** The rules the tests' venues have unless a test says otherwise: 1 h notice, 30-minute slots, 4 h at most. */
    public static final VenuePolicy POLICY = new VenuePolicy(60, 240, 30, 30, null, false, 120);

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final TestClock clock = new TestClock(START);
    public final RecordingAuditTrail audit = new RecordingAuditTrail();
    public final VenueService venues = new VenueService(db, core.streets, core.organizations, core.members, audit,
            clock);
    public final BookingService bookings = new BookingService(db, core.streets, core.organizations, core.members,
            audit, clock);
    public final AvailabilityService availability = new AvailabilityService(db, clock);
    public final UtilizationService utilization = new UtilizationService(db, clock);
    public final VenueLedger ledger = new VenueLedger(db);

    private final AtomicLong memberIds = new AtomicLong(1000);
    private final AtomicLong venueNames = new AtomicLong();

    /** New active members of 太阳岛街道, e.g. 王秀兰. */
    public long[] members(String... names) {
        return Arrays.stream(names).mapToLong(name -> {
            long id = memberIds.incrementAndGet();
            core.member(id, name, STREET);
            return id;
        }).toArray();
    }

    public long member(String name) {
        return members(name)[0];
    }

    /** A new member of 松北街道. */
    public long memberOfSongbei(String name) {
        long id = memberIds.incrementAndGet();
        core.member(id, name, FakeCore.SONGBEI);
        return id;
    }

    /** Every day 08:00–12:00 and 14:00–21:00. */
    public static List<OpeningHours> everyDay() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new OpeningHours(day, LocalTime.of(14, 0), LocalTime.of(21, 0)));
        }
        return hours;
    }

    public static VenueInput input(String name, VenueType type, int capacity, VenuePolicy policy,
                                   String... sharedWith) {
        return new VenueInput(name, type, FakeCore.TIANEHU, capacity, "有无障碍坡道", everyDay(), List.of(),
                List.of(sharedWith), policy, null, null);
    }

    /** An activity room of 天鹅湖社区 for 30 people with the default rules, its name unique in the test class. */
    public Venue venue() {
        return venue(POLICY);
    }

    public Venue venue(VenuePolicy policy, String... sharedWith) {
        return venues.create(STREET_ADMIN, STREET, input("天鹅湖社区活动室" + venueNames.incrementAndGet(),
                VenueType.ACTIVITY_ROOM, 30, policy, sharedWith));
    }

    public static BookingInput forMember(long venueId, long memberId, LocalDate date, String start, String end) {
        return new BookingInput(venueId, BookerType.MEMBER, memberId, null, "书法练习", 8, date, LocalTime.parse(start),
                LocalTime.parse(end));
    }

    /** Books the venue for a new member of 太阳岛街道. */
    public Booking book(Venue venue, LocalDate date, String start, String end) {
        return bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), member("王秀兰"), date, start, end));
    }

    /** Runs the call and returns the ServiceException it must throw. */
    public static ServiceException failure(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected a ServiceException");
        return null;
    }

    public static void assertFailure(ServiceException e, ErrorKind kind, String code) {
        assertEquals(e.code() + " " + e.fields(), kind, e.kind());
        assertEquals(code, e.code());
    }

    /** The field problems as "field:CODE" strings, for readable assertions. */
    public static List<String> fields(ServiceException e) {
        return e.fields().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    /** Active claims (quarter hours) held in the database for the venue. */
    public long claims(long venueId) {
        return db.count("SELECT COUNT(*) FROM ven_slot_claim WHERE venue_id = ?", venueId);
    }

    @Override
    public void close() {
        db.close();
    }
}
