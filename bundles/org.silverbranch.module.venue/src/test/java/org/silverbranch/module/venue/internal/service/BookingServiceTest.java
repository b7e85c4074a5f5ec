package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.POLICY;
import static org.silverbranch.module.venue.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.TODAY;
import static org.silverbranch.module.venue.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.venue.internal.service.Fixture.failure;
import static org.silverbranch.module.venue.internal.service.Fixture.fields;
import static org.silverbranch.module.venue.internal.service.Fixture.forMember;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.module.venue.internal.FakeCore;
import org.silverbranch.module.venue.internal.model.ActionInput;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.Frequency;
import org.silverbranch.module.venue.internal.model.SeriesInput;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueStatus;

public class BookingServiceTest {

    private static Fixture f;

    @BeforeClass
    public static void database() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @After
    public void resetClock() {
        f.clock.set(Fixture.START);
    }

    @Test
    public void aBookingIsConfirmedAndHoldsEachQuarterHourOfItsTime() {
        Venue venue = f.venue();
        long wang = f.member("王秀兰");

        Booking b = f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY, "09:00", "10:30"));

        assertEquals(BookingStatus.CONFIRMED, b.status());
        assertEquals("王秀兰", b.bookerName());
        assertEquals(STREET, b.bookerStreetCode());
        assertEquals(LocalTime.of(9, 0), b.startTime());
        assertEquals(6, f.claims(venue.id()));
        assertEquals(List.of("BOOKING_CREATE"), f.audit.actionsOn("booking", b.id()));
        assertEquals("taiyangdao-admin", f.audit.entries.get(f.audit.entries.size() - 1).username());
        assertEquals(b, f.bookings.get(STREET_ADMIN, STREET, b.id()));
    }

    @Test
    public void anOverlappingBookingIsAConflictNamingTheTimeTakenAndTouchingOnesAreFine() {
        Venue venue = f.venue();
        f.book(venue, FRIDAY, "09:00", "10:00");

        ServiceException e = failure(() -> f.book(venue, FRIDAY, "09:30", "10:30"));

        assertFailure(e, ErrorKind.CONFLICT, "BOOKING_CONFLICT");
        assertEquals("startTime", e.fields().get(0).field());
        assertEquals(List.of("2026-11-06", "09:00", "10:00"), e.fields().get(0).args());
        assertEquals(BookingStatus.CONFIRMED, f.book(venue, FRIDAY, "10:00", "11:00").status());
        assertEquals(BookingStatus.CONFIRMED, f.book(venue, FRIDAY, "08:00", "09:00").status());
        assertEquals(12, f.claims(venue.id()));
    }

    @Test
    public void eachBookingRuleIsNamedOnItsField() {
        Venue venue = f.venue();
        long wang = f.member("王秀兰");
        long before = f.db.count("SELECT COUNT(*) FROM ven_booking");

        assertEquals(List.of("startTime:OUTSIDE_OPENING_HOURS"), rule(venue, wang, FRIDAY, "07:00", "08:00", 8));
        assertEquals(List.of("startTime:OUTSIDE_OPENING_HOURS"), rule(venue, wang, FRIDAY, "11:30", "14:30", 8));
        assertEquals(List.of("startTime:NOTICE_TOO_SHORT"), rule(venue, wang, TODAY, "08:30", "09:00", 8));
        assertEquals(List.of("startTime:START_IN_PAST"), rule(venue, wang, TODAY.minusDays(1), "09:00", "10:00", 8));
        assertEquals(List.of("date:BEYOND_HORIZON"), rule(venue, wang, TODAY.plusDays(31), "09:00", "10:00", 8));
        assertEquals(List.of("endTime:DURATION_TOO_LONG"), rule(venue, wang, FRIDAY, "14:00", "18:30", 8));
        assertEquals(List.of("headcount:OVER_CAPACITY"), rule(venue, wang, FRIDAY, "09:00", "10:00", 31));
        assertEquals(List.of("startTime:NOT_ON_SLOT_GRID"), rule(venue, wang, FRIDAY, "09:15", "10:00", 8));
        assertEquals(List.of("endTime:END_BEFORE_START"), rule(venue, wang, FRIDAY, "10:00", "09:00", 8));
        assertEquals(List.of("bookerId:MEMBER_NOT_IN_STREET"),
                rule(venue, f.memberOfSongbei("刘淑芬"), FRIDAY, "09:00", "10:00", 8));
        assertEquals("nothing was written", before, f.db.count("SELECT COUNT(*) FROM ven_booking"));
        assertEquals(0, f.claims(venue.id()));
    }

    private static List<String> rule(Venue venue, long member, java.time.LocalDate date, String start, String end,
                                     int headcount) {
        BookingInput in = forMember(venue.id(), member, date, start, end);
        ServiceException e = failure(() -> f.bookings.book(STREET_ADMIN, STREET, new BookingInput(in.venueId(),
                in.bookerType(), in.bookerId(), null, in.purpose(), headcount, in.date(), in.startTime(),
                in.endTime())));
        assertEquals(e.fields().toString(), ErrorKind.BAD_REQUEST, e.kind());
        return fields(e);
    }

    @Test
    public void aBlackoutDateAndAClosedDayRefuseBookings() {
        VenueInput in = Fixture.input("怡园社区阅览室", org.silverbranch.module.venue.internal.model.VenueType.READING_ROOM,
                20, POLICY);
        Venue venue = f.venues.create(STREET_ADMIN, STREET, new VenueInput(in.name(), in.type(), null, 20, null,
                in.openingHours().stream().filter(h -> h.dayOfWeek() != java.time.DayOfWeek.SATURDAY).toList(),
                List.of(new org.silverbranch.module.venue.internal.model.Blackout(FRIDAY, "换届选举")), List.of(),
                POLICY, null, null));
        long wang = f.member("王秀兰");

        ServiceException blackout = failure(() -> f.bookings.book(STREET_ADMIN, STREET,
                forMember(venue.id(), wang, FRIDAY, "09:00", "10:00")));
        assertEquals(List.of("date:BLACKOUT_DATE"), fields(blackout));
        assertEquals(List.of("2026-11-06", "换届选举"), blackout.fields().get(0).args());
        assertEquals(List.of("date:CLOSED_THAT_DAY"), fields(failure(() -> f.bookings.book(STREET_ADMIN, STREET,
                forMember(venue.id(), wang, FRIDAY.plusDays(1), "09:00", "10:00")))));
    }

    @Test
    public void theWeeklyQuotaCountsActiveBookingsOfTheSameBookerInTheCalendarWeek() {
        Venue venue = f.venue(new VenuePolicy(60, 240, 30, 30, 2, false, 120));
        long wang = f.member("王秀兰");
        Booking first = f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY, "09:00", "10:00"));
        f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY.plusDays(1), "09:00", "10:00"));

        ServiceException e = failure(() -> f.bookings.book(STREET_ADMIN, STREET,
                forMember(venue.id(), wang, FRIDAY.plusDays(2), "09:00", "10:00")));  // Sunday, same week

        assertFailure(e, ErrorKind.CONFLICT, "OVER_QUOTA");
        assertEquals(List.of("bookerId:OVER_QUOTA"), fields(e));
        assertEquals(List.of("2", "2026-11-02"), e.fields().get(0).args());
        // next Monday is another week; another member has a quota of their own; a cancelled booking frees one
        f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY.plusDays(3), "09:00", "10:00"));
        f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), f.member("李建国"), FRIDAY.plusDays(2), "09:00",
                "10:00"));
        f.bookings.cancel(STREET_ADMIN, STREET, first.id(), new ActionInput(first.version(), null));
        f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY.plusDays(2), "10:00", "11:00"));
    }

    @Test
    public void anotherStreetBooksOnlyAVenueSharedWithIt() {
        Venue own = f.venue();
        Venue shared = f.venue(POLICY, FakeCore.SONGBEI);
        long liu = f.memberOfSongbei("刘淑芬");

        ServiceException e = failure(() -> f.bookings.book(SONGBEI_ADMIN, FakeCore.SONGBEI,
                forMember(own.id(), liu, FRIDAY, "09:00", "10:00")));
        assertFailure(e, ErrorKind.CONFLICT, "VENUE_NOT_SHARED");
        assertEquals(List.of("venueId:VENUE_NOT_SHARED"), fields(e));
        assertFailure(failure(() -> f.venues.get(SONGBEI_ADMIN, FakeCore.SONGBEI, own.id())), ErrorKind.NOT_FOUND,
                "VENUE_NOT_FOUND");

        Booking b = f.bookings.book(SONGBEI_ADMIN, FakeCore.SONGBEI, forMember(shared.id(), liu, FRIDAY, "09:00",
                "10:00"));
        assertEquals(FakeCore.SONGBEI, b.bookerStreetCode());
        assertEquals(STREET, b.venueStreetCode());
        assertEquals("both streets see the booking", b.id(), f.bookings.get(STREET_ADMIN, STREET, b.id()).id());
        Venue seen = f.venues.get(SONGBEI_ADMIN, FakeCore.SONGBEI, shared.id());
        assertTrue(seen.shared());
        assertEquals("the sharing list is the owner's business", List.of(), seen.sharedWithStreets());
        assertTrue(f.venues.list(SONGBEI_ADMIN, FakeCore.SONGBEI, null, null, true).stream()
                .anyMatch(v -> v.id() == shared.id()));
        assertTrue(f.venues.list(SONGBEI_ADMIN, FakeCore.SONGBEI, null, null, true).stream()
                .noneMatch(v -> v.id() == own.id()));
        // Taiyangdao's member cannot be booked for by Songbei's staff
        assertEquals(List.of("bookerId:MEMBER_NOT_IN_STREET"), fields(failure(() -> f.bookings.book(SONGBEI_ADMIN,
                FakeCore.SONGBEI, forMember(shared.id(), f.member("王秀兰"), FRIDAY, "10:00", "11:00")))));
        // a caller of one street never acts in another
        assertFailure(failure(() -> f.bookings.book(SONGBEI_ADMIN, STREET, forMember(shared.id(), liu, FRIDAY,
                "10:00", "11:00"))), ErrorKind.NOT_FOUND, "STREET_NOT_FOUND");
    }

    @Test
    public void aVenueWithApprovalHoldsTheTimeWhileRequestedAndFreesItWhenRejected() {
        Venue venue = f.venue(new VenuePolicy(60, 240, 30, 30, null, true, 120), FakeCore.SONGBEI);
        Booking requested = f.bookings.book(SONGBEI_ADMIN, FakeCore.SONGBEI,
                forMember(venue.id(), f.memberOfSongbei("刘淑芬"), FRIDAY, "09:00", "10:00"));
        assertEquals(BookingStatus.REQUESTED, requested.status());
        assertFailure(failure(() -> f.book(venue, FRIDAY, "09:30", "10:00")), ErrorKind.CONFLICT, "BOOKING_CONFLICT");

        assertFailure(failure(() -> f.bookings.approve(SONGBEI_ADMIN, FakeCore.SONGBEI, requested.id(),
                new ActionInput(requested.version(), null))), ErrorKind.FORBIDDEN, "FORBIDDEN");
        Booking rejected = f.bookings.reject(STREET_ADMIN, STREET, requested.id(),
                new ActionInput(requested.version(), "场地维修"));
        assertEquals(BookingStatus.REJECTED, rejected.status());
        assertEquals("场地维修", rejected.note());
        assertEquals(0, f.claims(venue.id()));

        Booking next = f.book(venue, FRIDAY, "09:30", "10:00");
        Booking approved = f.bookings.approve(STREET_ADMIN, STREET, next.id(), new ActionInput(next.version(), null));
        assertEquals(BookingStatus.CONFIRMED, approved.status());
        assertEquals("taiyangdao-admin", approved.decidedBy());
        assertFailure(failure(() -> f.bookings.approve(STREET_ADMIN, STREET, next.id(),
                new ActionInput(approved.version(), null))), ErrorKind.CONFLICT, "BOOKING_NOT_REQUESTED");
        assertEquals(List.of("BOOKING_CREATE", "BOOKING_APPROVE"), f.audit.actionsOn("booking", next.id()));
        assertEquals(List.of("REQUESTED", "CONFIRMED"), f.audit.entries.get(f.audit.entries.size() - 1).changes()
                .get("status"));
    }

    @Test
    public void cancellingFreesTheTimeUntilTheDeadlineAndNeedsTheCurrentVersion() {
        Venue venue = f.venue();
        Booking b = f.book(venue, FRIDAY, "14:00", "15:00");
        assertFailure(failure(() -> f.bookings.cancel(STREET_ADMIN, STREET, b.id(),
                new ActionInput(b.version() + 1, null))), ErrorKind.CONFLICT, "STALE_VERSION");

        f.clock.set(FRIDAY.atTime(11, 0));  // three hours ahead, the deadline is two
        Booking cancelled = f.bookings.cancel(STREET_ADMIN, STREET, b.id(), new ActionInput(b.version(), "改期"));
        assertEquals(BookingStatus.CANCELLED, cancelled.status());
        assertEquals(0, f.claims(venue.id()));
        Booking again = f.book(venue, FRIDAY, "14:00", "15:00");

        f.clock.set(FRIDAY.atTime(12, 30));
        ServiceException late = failure(() -> f.bookings.cancel(STREET_ADMIN, STREET, again.id(),
                new ActionInput(again.version(), null)));
        assertFailure(late, ErrorKind.CONFLICT, "CANCELLATION_DEADLINE_PASSED");
        assertEquals(List.of("startTime:CANCELLATION_DEADLINE_PASSED"), fields(late));
        assertFailure(failure(() -> f.bookings.cancel(STREET_ADMIN, STREET, cancelled.id(),
                new ActionInput(cancelled.version(), null))), ErrorKind.CONFLICT, "BOOKING_NOT_CANCELLABLE");
    }

    @Test
    public void checkInOpensHalfAnHourAheadAndANoShowIsReleasedAfterTheGracePeriod() {
        Venue venue = f.venue();
        Booking came = f.book(venue, FRIDAY, "09:00", "10:00");
        Booking absent = f.book(venue, FRIDAY, "10:00", "11:00");

        f.clock.set(FRIDAY.atTime(8, 29));
        assertFailure(failure(() -> f.bookings.checkIn(STREET_ADMIN, STREET, came.id(),
                new ActionInput(came.version(), null))), ErrorKind.CONFLICT, "CHECK_IN_TOO_EARLY");
        f.clock.set(FRIDAY.atTime(8, 45));
        Booking in = f.bookings.checkIn(STREET_ADMIN, STREET, came.id(), new ActionInput(came.version(), null));
        assertEquals(BookingStatus.CHECKED_IN, in.status());
        assertNotNull(in.checkedInAt());

        f.clock.set(FRIDAY.atTime(10, 14));
        assertEquals(List.of(), releasedAt(venue, Duration.ofMinutes(15)));
        f.clock.set(FRIDAY.atTime(10, 15));

        assertEquals(List.of(absent.id()), releasedAt(venue, Duration.ofMinutes(15)));
        assertEquals(BookingStatus.NO_SHOW, f.bookings.get(STREET_ADMIN, STREET, absent.id()).status());
        assertEquals(BookingStatus.CHECKED_IN, f.bookings.get(STREET_ADMIN, STREET, came.id()).status());
        assertEquals("only the checked-in booking holds time", 4, f.claims(venue.id()));
        assertEquals("system:venue-no-show", f.audit.entries.get(f.audit.entries.size() - 1).username());
        assertEquals("BOOKING_NO_SHOW", f.audit.entries.get(f.audit.entries.size() - 1).action());
        Booking noShow = f.bookings.get(STREET_ADMIN, STREET, absent.id());
        assertFailure(failure(() -> f.bookings.checkIn(STREET_ADMIN, STREET, absent.id(),
                new ActionInput(noShow.version(), null))), ErrorKind.CONFLICT, "BOOKING_NOT_CONFIRMED");
        assertEquals("a second run finds nothing more", List.of(), releasedAt(venue, Duration.ofMinutes(15)));
    }

    /** Releases no-shows now and answers the ids released of this venue (other tests' bookings share the database). */
    private static List<Long> releasedAt(Venue venue, Duration grace) {
        return f.bookings.releaseNoShows(grace).stream().filter(b -> b.venueId() == venue.id()).map(Booking::id)
                .toList();
    }

    @Test
    public void withoutNoticeTheRunningSlotIsBookableAndItsGraceRunsFromTheBooking() {
        Venue venue = f.venue(new VenuePolicy(0, 240, 30, 30, null, false, 0));
        f.clock.set(FRIDAY.atTime(10, 10));
        Booking walkIn = f.book(venue, FRIDAY, "10:00", "10:30");
        assertEquals(BookingStatus.CONFIRMED, walkIn.status());
        assertEquals(List.of("startTime:START_IN_PAST"), fields(failure(() -> f.book(venue, FRIDAY, "09:30", "10:00"))));

        f.clock.set(FRIDAY.atTime(10, 24));
        assertEquals(List.of(), releasedAt(venue, Duration.ofMinutes(15)));
        f.clock.set(FRIDAY.atTime(10, 25));
        assertEquals(List.of(walkIn.id()), releasedAt(venue, Duration.ofMinutes(15)));
        assertEquals(0, f.claims(venue.id()));
    }

    @Test
    public void branchesAndTeamsCanBeBookedForWithinTheirScope() {
        Venue venue = f.venue();
        Booking branch = f.bookings.book(STREET_ADMIN, STREET, new BookingInput(venue.id(), BookerType.BRANCH,
                FakeCore.TIANEHU_BRANCH, null, "主题党日", 25, FRIDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)));
        assertEquals("天鹅湖社区离退休干部党支部", branch.bookerName());
        Booking team = f.bookings.book(STREET_ADMIN, STREET, new BookingInput(venue.id(), BookerType.TEAM, 7L,
                "天鹅湖爱心义剪队", "义剪", 5, FRIDAY, LocalTime.of(16, 0), LocalTime.of(17, 0)));
        assertEquals("天鹅湖爱心义剪队", team.bookerName());

        assertEquals(List.of("bookerId:NOT_A_BRANCH"), fields(failure(() -> f.bookings.book(STREET_ADMIN, STREET,
                new BookingInput(venue.id(), BookerType.BRANCH, FakeCore.TIANEHU_COMMITTEE, null, "会议", 5, FRIDAY,
                        LocalTime.of(9, 0), LocalTime.of(10, 0))))));
        // the district sees every street's branches: it is told the branch lies elsewhere
        assertEquals(List.of("bookerId:BRANCH_NOT_IN_STREET"), fields(failure(() -> f.bookings.book(
                Caller.system("district"), STREET, new BookingInput(venue.id(), BookerType.BRANCH,
                        FakeCore.OUMEIYA_BRANCH, null, "会议", 5, FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))))));
        // a street's staff are not told that another street's branch exists
        assertEquals(List.of("bookerId:UNKNOWN_BRANCH"), fields(failure(() -> f.bookings.book(STREET_ADMIN,
                STREET, new BookingInput(venue.id(), BookerType.BRANCH, FakeCore.OUMEIYA_BRANCH, null, "会议", 5,
                        FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))))));
        assertEquals(List.of("bookerName:REQUIRED"), fields(failure(() -> f.bookings.book(STREET_ADMIN, STREET,
                new BookingInput(venue.id(), BookerType.TEAM, 7L, " ", "义剪", 5, FRIDAY, LocalTime.of(9, 0),
                        LocalTime.of(10, 0))))));
        Caller yiyuanSecretary = new Caller("yiyuan-secretary", Role.BRANCH_SECRETARY, STREET,
                FakeCore.YIYUAN_BRANCH);
        assertFailure(failure(() -> f.bookings.book(yiyuanSecretary, STREET, new BookingInput(venue.id(),
                BookerType.BRANCH, FakeCore.TIANEHU_BRANCH, null, "会议", 5, FRIDAY, LocalTime.of(9, 0),
                LocalTime.of(10, 0)))), ErrorKind.FORBIDDEN, "FORBIDDEN");
        Caller viewer = new Caller("viewer", Role.VIEWER, STREET, null);
        assertFailure(failure(() -> f.bookings.book(viewer, STREET, forMember(venue.id(), f.member("王秀兰"),
                FRIDAY, "09:00", "10:00"))), ErrorKind.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    public void anInactiveVenueTakesNoBookings() {
        Venue venue = f.venue();
        VenueInput in = Fixture.input(venue.name(), venue.type(), venue.capacity(), POLICY);
        f.venues.update(STREET_ADMIN, STREET, venue.id(), new VenueInput(in.name(), in.type(), in.communityCode(),
                in.capacity(), null, in.openingHours(), List.of(), List.of(), POLICY, VenueStatus.INACTIVE,
                venue.version()));
        assertFailure(failure(() -> f.book(venue, FRIDAY, "09:00", "10:00")), ErrorKind.CONFLICT, "VENUE_INACTIVE");
    }

    @Test
    public void bothStreetsListTheBookingsOfASharedVenue() {
        Venue shared = f.venue(POLICY, FakeCore.SONGBEI);
        Booking ours = f.book(shared, FRIDAY.plusDays(7), "09:00", "10:00");
        Booking theirs = f.bookings.book(SONGBEI_ADMIN, FakeCore.SONGBEI, forMember(shared.id(),
                f.memberOfSongbei("刘淑芬"), FRIDAY.plusDays(7), "10:00", "11:00"));

        List<Long> taiyangdao = f.bookings.list(STREET_ADMIN, STREET, shared.id(), FRIDAY.plusDays(7),
                FRIDAY.plusDays(7), null, null).stream().map(Booking::id).toList();
        List<Long> songbei = f.bookings.list(SONGBEI_ADMIN, FakeCore.SONGBEI, shared.id(), FRIDAY.plusDays(7),
                FRIDAY.plusDays(7), null, null).stream().map(Booking::id).toList();

        assertEquals(List.of(ours.id(), theirs.id()), taiyangdao);
        assertEquals("the booker's street sees its own bookings only", List.of(theirs.id()), songbei);
        assertFailure(failure(() -> f.bookings.get(SONGBEI_ADMIN, FakeCore.SONGBEI, ours.id())),
                ErrorKind.NOT_FOUND, "BOOKING_NOT_FOUND");
        assertNull(ours.seriesId());
    }

    private static final Caller TIANEHU_SECRETARY = new Caller("tianehu-secretary", Role.BRANCH_SECRETARY, STREET,
            FakeCore.TIANEHU_BRANCH);

    private static Booking forBranch(Venue venue, long branchId, String start, String end) {
        return f.bookings.book(STREET_ADMIN, STREET, new BookingInput(venue.id(), BookerType.BRANCH, branchId, null,
                "主题党日", 10, FRIDAY, LocalTime.parse(start), LocalTime.parse(end)));
    }

    @Test
    public void aBranchSecretaryChangesAndSeesTheBookerOfTheirOwnBookingsOnly() {
        Venue venue = f.venue();
        long yiyuanMember = 5001;
        f.core.member(yiyuanMember, "赵桂芝", STREET, MemberStatus.ACTIVE, FakeCore.YIYUAN_BRANCH);
        Booking ownBranch = forBranch(venue, FakeCore.TIANEHU_BRANCH, "08:00", "09:00");
        Booking ownMember = f.book(venue, FRIDAY, "09:00", "10:00");  // a member of 天鹅湖's branch
        Booking otherBranch = forBranch(venue, FakeCore.YIYUAN_BRANCH, "10:00", "11:00");
        Booking otherMember = f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), yiyuanMember, FRIDAY,
                "11:00", "12:00"));
        Booking team = f.bookings.book(STREET_ADMIN, STREET, new BookingInput(venue.id(), BookerType.TEAM, 7L,
                "天鹅湖爱心义剪队", "义剪", 5, FRIDAY, LocalTime.of(14, 0), LocalTime.of(15, 0)));

        List<Booking> seen = f.bookings.list(TIANEHU_SECRETARY, STREET, venue.id(), FRIDAY, FRIDAY, null, null);
        assertEquals("every booking is listed, so the taken time shows",
                List.of(ownBranch.id(), ownMember.id(), otherBranch.id(), otherMember.id(), team.id()),
                seen.stream().map(Booking::id).toList());
        assertEquals(ownBranch.bookerName(), seen.get(0).bookerName());
        assertEquals(Long.valueOf(FakeCore.TIANEHU_BRANCH), seen.get(0).bookerId());
        assertEquals("王秀兰", seen.get(1).bookerName());
        assertEquals(ownMember.bookerId(), seen.get(1).bookerId());
        for (Booking other : seen.subList(2, 5)) {
            assertEquals(BookingService.MASKED_BOOKER, other.bookerName());
            assertNull(other.bookerId());
        }
        Booking one = f.bookings.get(TIANEHU_SECRETARY, STREET, otherMember.id());
        assertEquals(BookingService.MASKED_BOOKER, one.bookerName());
        assertNull(one.bookerId());
        assertEquals("王秀兰", f.bookings.get(TIANEHU_SECRETARY, STREET, ownMember.id()).bookerName());
        assertEquals("the street admin sees every booker", "赵桂芝",
                f.bookings.get(STREET_ADMIN, STREET, otherMember.id()).bookerName());

        for (Booking other : List.of(otherBranch, otherMember, team)) {
            assertFailure(failure(() -> f.bookings.cancel(TIANEHU_SECRETARY, STREET, other.id(),
                    new ActionInput(other.version(), null))), ErrorKind.FORBIDDEN, "FORBIDDEN");
        }
        f.clock.set(FRIDAY.atTime(9, 50));
        assertFailure(failure(() -> f.bookings.checkIn(TIANEHU_SECRETARY, STREET, otherBranch.id(),
                new ActionInput(otherBranch.version(), null))), ErrorKind.FORBIDDEN, "FORBIDDEN");
        assertEquals(BookingStatus.CHECKED_IN, f.bookings.checkIn(TIANEHU_SECRETARY, STREET, ownMember.id(),
                new ActionInput(ownMember.version(), null)).status());
        f.clock.set(Fixture.START);
        assertEquals(BookingStatus.CANCELLED, f.bookings.cancel(TIANEHU_SECRETARY, STREET, ownBranch.id(),
                new ActionInput(ownBranch.version(), null)).status());
        assertEquals("nothing else changed", BookingStatus.CONFIRMED,
                f.bookings.get(STREET_ADMIN, STREET, otherMember.id()).status());

        f.core.member(yiyuanMember, "赵桂芝", STREET, MemberStatus.ACTIVE, FakeCore.TIANEHU_BRANCH);
        assertEquals("a member who moved to the branch is theirs", "赵桂芝",
                f.bookings.get(TIANEHU_SECRETARY, STREET, otherMember.id()).bookerName());
    }

    @Test
    public void aBranchSecretaryDoesNotSeeAnotherStreetsMembersAtASharedVenue() {
        Venue shared = f.venue(POLICY, FakeCore.SONGBEI);
        Booking theirs = f.bookings.book(SONGBEI_ADMIN, FakeCore.SONGBEI, forMember(shared.id(),
                f.memberOfSongbei("刘淑芬"), FRIDAY.plusDays(7), "10:00", "11:00"));
        Booking seen = f.bookings.get(TIANEHU_SECRETARY, STREET, theirs.id());
        assertEquals(BookingService.MASKED_BOOKER, seen.bookerName());
        assertNull(seen.bookerId());
        assertFailure(failure(() -> f.bookings.cancel(TIANEHU_SECRETARY, STREET, theirs.id(),
                new ActionInput(theirs.version(), null))), ErrorKind.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    public void datesOutsideTheYears1900To2199AreAFieldProblemNotAServerError() {
        Venue venue = f.venue();
        long member = f.member("王秀兰");
        for (LocalDate extreme : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(2200, 1, 1),
                LocalDate.of(1899, 12, 31))) {
            assertEquals(List.of("date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.book(STREET_ADMIN,
                    STREET, forMember(venue.id(), member, extreme, "09:00", "10:00")))));
            assertEquals(List.of("date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.bookSeries(
                    STREET_ADMIN, STREET, new SeriesInput(venue.id(), BookerType.MEMBER, member, null, "书法练习", 8,
                            extreme, LocalTime.of(9, 0), LocalTime.of(10, 0), Frequency.WEEKLY, 52, null, null)))));
            assertEquals(List.of("date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.bookSeries(
                    STREET_ADMIN, STREET, new SeriesInput(venue.id(), BookerType.MEMBER, member, null, "书法练习", 8,
                            extreme, LocalTime.of(9, 0), LocalTime.of(10, 0), Frequency.MONTHLY, null,
                            LocalDate.of(2100, 1, 1), null)))));
            assertEquals(List.of("until:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.bookSeries(
                    STREET_ADMIN, STREET, new SeriesInput(venue.id(), BookerType.MEMBER, member, null, "书法练习", 8,
                            FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), Frequency.WEEKLY, null, extreme,
                            null)))));
            assertEquals(List.of("from:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.list(STREET_ADMIN,
                    STREET, null, extreme, null, null, null))));
            assertEquals(List.of("to:DATE_OUT_OF_RANGE"), fields(failure(() -> f.bookings.list(STREET_ADMIN,
                    STREET, null, null, extreme, null, null))));
            assertEquals(List.of("date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.availability.ofVenue(
                    STREET_ADMIN, STREET, venue.id(), extreme, 7))));
            assertEquals(List.of("date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.availability.search(
                    STREET_ADMIN, STREET, extreme, null, null, null))));
            VenueInput in = Fixture.input("边界场地", venue.type(), 10, POLICY);
            assertEquals(List.of("blackoutDates[0].date:DATE_OUT_OF_RANGE"), fields(failure(() -> f.venues.create(
                    STREET_ADMIN, STREET, new VenueInput(in.name(), in.type(), in.communityCode(), in.capacity(),
                            null, in.openingHours(), List.of(new Blackout(extreme, "维修")), List.of(), POLICY, null,
                            null)))));
        }
        ServiceException e = failure(() -> f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), member,
                LocalDate.MAX, "09:00", "10:00")));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals(List.of("1900-01-01", "2199-12-31"), e.fields().get(0).args());
        LocalDate last = LocalDate.of(2199, 12, 31);
        assertEquals("the last date allowed meets the booking rules instead", List.of("date:BEYOND_HORIZON"),
                fields(failure(() -> f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), member, last,
                        "09:00", "10:00")))));
        assertEquals(7, f.availability.ofVenue(STREET_ADMIN, STREET, venue.id(), last, 7).days().size());
    }

    @Test
    public void aRequestWhoseTimeHasEndedCannotBeApproved() {
        Venue venue = f.venue(new VenuePolicy(60, 240, 30, 30, null, true, 120));
        Booking requested = f.book(venue, FRIDAY, "09:00", "10:00");
        Booking late = f.book(venue, FRIDAY, "10:00", "11:00");
        assertEquals(BookingStatus.REQUESTED, requested.status());

        f.clock.set(FRIDAY.atTime(10, 0));
        assertFailure(failure(() -> f.bookings.approve(STREET_ADMIN, STREET, requested.id(),
                new ActionInput(requested.version(), null))), ErrorKind.CONFLICT, "BOOKING_ENDED");
        assertEquals(BookingStatus.REQUESTED, f.bookings.get(STREET_ADMIN, STREET, requested.id()).status());
        assertEquals("until its end a running request can still be approved", BookingStatus.CONFIRMED,
                f.bookings.approve(STREET_ADMIN, STREET, late.id(), new ActionInput(late.version(), null)).status());
    }

    @Test
    public void aBookingThatFailsToReleaseDoesNotStopTheOthers() {
        Venue venue = f.venue();
        Booking broken = f.book(venue, FRIDAY, "09:00", "10:00");
        Booking absent = f.book(venue, FRIDAY, "10:00", "11:00");
        f.clock.set(FRIDAY.atTime(11, 0));
        f.audit.failingEntityId = String.valueOf(broken.id());
        List<Long> released;
        try {
            released = releasedAt(venue, Duration.ofMinutes(15));
        } finally {
            f.audit.failingEntityId = null;
        }
        assertTrue(released.toString(), released.contains(absent.id()));
        assertEquals(BookingStatus.NO_SHOW, f.bookings.get(STREET_ADMIN, STREET, absent.id()).status());
        assertEquals(List.of("BOOKING_CREATE", "BOOKING_NO_SHOW"), f.audit.actionsOn("booking", absent.id()));
        assertEquals(0, f.claims(venue.id()));
    }
}
