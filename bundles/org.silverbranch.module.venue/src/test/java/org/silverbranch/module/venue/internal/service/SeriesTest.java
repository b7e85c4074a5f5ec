package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.venue.internal.service.Fixture.failure;
import static org.silverbranch.module.venue.internal.service.Fixture.fields;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.Frequency;
import org.silverbranch.module.venue.internal.model.SeriesInput;
import org.silverbranch.module.venue.internal.model.SeriesResult;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueType;

public class SeriesTest {

    private static Fixture f;

    @BeforeClass
    public static void database() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    private static SeriesInput weekly(Venue venue, long member, LocalDate first, int times, boolean skip) {
        return new SeriesInput(venue.id(), BookerType.MEMBER, member, null, "合唱排练", 10, first,
                LocalTime.of(14, 0), LocalTime.of(16, 0), Frequency.WEEKLY, times, null, skip);
    }

    private long activeBookings(Venue venue) {
        return f.db.count("SELECT COUNT(*) FROM ven_booking WHERE venue_id = ? AND status IN ('REQUESTED',"
                + " 'CONFIRMED', 'CHECKED_IN')", venue.id());
    }

    @Test
    public void aWeeklySeriesSkipsTheTakenWeekAndBooksTheOthers() {
        Venue venue = f.venue();
        Booking taken = f.book(venue, FRIDAY.plusWeeks(2), "15:00", "16:00");

        SeriesResult r = f.bookings.bookSeries(STREET_ADMIN, STREET, weekly(venue, f.member("张志强"), FRIDAY, 4, true));

        assertEquals(List.of(FRIDAY, FRIDAY.plusWeeks(1), FRIDAY.plusWeeks(3)),
                r.booked().stream().map(Booking::date).toList());
        assertNotNull(r.seriesId());
        r.booked().forEach(b -> assertEquals(r.seriesId(), b.seriesId()));
        assertEquals(1, r.skipped().size());
        assertEquals(FRIDAY.plusWeeks(2), r.skipped().get(0).date());
        assertEquals("BOOKING_CONFLICT", r.skipped().get(0).code());
        assertEquals(List.of("2026-11-20", "15:00", "16:00"), r.skipped().get(0).args());
        assertEquals(4, activeBookings(venue));
        assertEquals(3 * 8 + 4, f.claims(venue.id()));
        assertEquals(3, f.bookings.list(STREET_ADMIN, STREET, null, FRIDAY, FRIDAY.plusWeeks(4), null,
                r.seriesId()).size());
        assertEquals(taken.id(), f.bookings.get(STREET_ADMIN, STREET, taken.id()).id());
    }

    @Test
    public void withoutSkippingASeriesIsAllOrNothing() {
        Venue venue = f.venue();
        f.book(venue, FRIDAY.plusWeeks(3), "14:30", "15:00");

        ServiceException e = failure(() -> f.bookings.bookSeries(STREET_ADMIN, STREET,
                weekly(venue, f.member("张志强"), FRIDAY, 4, false)));

        assertFailure(e, ErrorKind.CONFLICT, "BOOKING_CONFLICT");
        assertEquals(List.of("2026-11-27", "14:30", "15:00"), e.fields().get(0).args());
        assertEquals("the three free weeks were not kept", 1, activeBookings(venue));
        assertEquals(2, f.claims(venue.id()));
    }

    @Test
    public void aBlackoutDateIsSkippedWithItsRuleOrFailsTheWholeSeries() {
        VenueInput in = Fixture.input("天鹅湖社区乒乓球室", VenueType.TABLE_TENNIS, 12, Fixture.POLICY);
        Venue venue = f.venues.create(STREET_ADMIN, STREET, new VenueInput(in.name(), in.type(), null, 12, null,
                in.openingHours(), List.of(new Blackout(FRIDAY.plusWeeks(1), "设备检修")), List.of(), Fixture.POLICY,
                null, null));
        long member = f.member("张志强");

        ServiceException e = failure(() -> f.bookings.bookSeries(STREET_ADMIN, STREET,
                weekly(venue, member, FRIDAY, 3, false)));
        assertEquals(List.of("occurrences[2026-11-13].date:BLACKOUT_DATE"), fields(e));
        assertEquals(0, activeBookings(venue));

        SeriesResult r = f.bookings.bookSeries(STREET_ADMIN, STREET, weekly(venue, member, FRIDAY, 3, true));
        assertEquals(2, r.booked().size());
        assertEquals("BLACKOUT_DATE", r.skipped().get(0).code());
        assertEquals(List.of("2026-11-13", "设备检修"), r.skipped().get(0).args());
    }

    @Test
    public void aMonthlySeriesOnThe31stSkipsShortMonths() {
        Venue venue = f.venue(new VenuePolicy(60, 240, 30, 366, null, false, 120));
        SeriesResult r = f.bookings.bookSeries(STREET_ADMIN, STREET, new SeriesInput(venue.id(), BookerType.MEMBER,
                f.member("张志强"), null, "主题党日", 10, LocalDate.of(2026, 12, 31), LocalTime.of(9, 0),
                LocalTime.of(11, 0), Frequency.MONTHLY, null, LocalDate.of(2027, 3, 31), false));

        assertEquals(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31)),
                r.booked().stream().map(Booking::date).toList());
        assertEquals("NO_SUCH_DAY", r.skipped().get(0).code());
        assertEquals(LocalDate.of(2027, 2, 28), r.skipped().get(0).date());
    }

    @Test
    public void theRecurrenceIsCheckedBeforeAnythingIsBooked() {
        Venue venue = f.venue();
        long member = f.member("张志强");
        SeriesInput both = new SeriesInput(venue.id(), BookerType.MEMBER, member, null, "合唱", 10, FRIDAY,
                LocalTime.of(14, 0), LocalTime.of(15, 0), Frequency.WEEKLY, 3, FRIDAY.plusWeeks(3), false);
        assertEquals(List.of("until:OCCURRENCES_OR_UNTIL"), fields(failure(() ->
                f.bookings.bookSeries(STREET_ADMIN, STREET, both))));
        assertEquals(List.of("occurrences:OUT_OF_RANGE"), fields(failure(() ->
                f.bookings.bookSeries(STREET_ADMIN, STREET, weekly(venue, member, FRIDAY, 53, true)))));
        assertEquals(0, activeBookings(venue));
    }
}
