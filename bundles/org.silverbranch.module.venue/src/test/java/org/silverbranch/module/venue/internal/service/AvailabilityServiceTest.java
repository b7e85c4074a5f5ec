package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.POLICY;
import static org.silverbranch.module.venue.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.TODAY;
import static org.silverbranch.module.venue.internal.service.Fixture.failure;
import static org.silverbranch.module.venue.internal.service.Fixture.fields;

import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.module.venue.internal.FakeCore;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.DayAvailability;
import org.silverbranch.module.venue.internal.model.FreeRange;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueAvailability;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenueType;

public class AvailabilityServiceTest {

    private static Fixture f;

    @BeforeClass
    public static void database() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    private static List<String> ranges(DayAvailability day) {
        return day.free().stream().map(r -> r.start() + "-" + r.end()).toList();
    }

    @Test
    public void aVenuesFreeSlotsLeaveOutBookingsTheLunchBreakAndThePast() {
        Venue venue = f.venue();
        f.book(venue, FRIDAY, "09:00", "10:00");
        f.book(venue, FRIDAY, "14:00", "15:30");

        VenueAvailability week = f.availability.ofVenue(STREET_ADMIN, STREET, venue.id(), TODAY, 2);

        assertEquals(2, week.days().size());
        assertEquals("now is 08:00 with an hour's notice", List.of("09:00-12:00", "14:00-21:00"),
                ranges(week.days().get(0)));
        assertEquals(List.of("08:00-09:00", "10:00-12:00", "15:30-21:00"), ranges(week.days().get(1)));
        FreeRange first = week.days().get(1).free().get(0);
        assertEquals(60, first.minutes());
        assertNull(week.days().get(1).closed());
        assertEquals(List.of("days:OUT_OF_RANGE"), fields(failure(() ->
                f.availability.ofVenue(STREET_ADMIN, STREET, venue.id(), TODAY, 8))));
    }

    @Test
    public void blackoutDaysAndDaysBeyondTheHorizonHaveNoSlots() {
        VenueInput in = Fixture.input("松北阅览室", VenueType.READING_ROOM, 20, POLICY);
        Venue venue = f.venues.create(STREET_ADMIN, STREET, new VenueInput(in.name(), in.type(), null, 20, null,
                in.openingHours(), List.of(new Blackout(FRIDAY, null)), List.of(), POLICY, null, null));
        assertEquals("BLACKOUT_DATE", f.availability.ofVenue(STREET_ADMIN, STREET, venue.id(), FRIDAY, 1).days()
                .get(0).closed());
        assertEquals("BEYOND_HORIZON", f.availability.ofVenue(STREET_ADMIN, STREET, venue.id(), TODAY.plusDays(31),
                1).days().get(0).closed());
    }

    @Test
    public void theSearchFindsOwnAndSharedVenuesByTypeSizeAndFreeLength() {
        Venue smallPingPong = f.venues.create(STREET_ADMIN, STREET,
                Fixture.input("乒乓球室A", VenueType.TABLE_TENNIS, 4, POLICY));
        Venue bigPingPong = f.venues.create(STREET_ADMIN, STREET,
                Fixture.input("乒乓球室B", VenueType.TABLE_TENNIS, 12, POLICY, FakeCore.SONGBEI));
        Venue unshared = f.venues.create(STREET_ADMIN, STREET,
                Fixture.input("乒乓球室C", VenueType.TABLE_TENNIS, 12, POLICY));
        // B is booked all afternoon and evening: its longest free run is 08:00-12:00
        f.book(bigPingPong, FRIDAY, "14:00", "18:00");
        f.book(bigPingPong, FRIDAY, "18:00", "21:00");

        List<Long> forTaiyangdao = ids(f.availability.search(STREET_ADMIN, STREET, FRIDAY, VenueType.TABLE_TENNIS,
                10, null));
        assertEquals(List.of(bigPingPong.id(), unshared.id()), forTaiyangdao);
        assertEquals("only C has five free hours in a row", List.of(unshared.id()), ids(f.availability.search(
                STREET_ADMIN, STREET, FRIDAY, VenueType.TABLE_TENNIS, 10, 300)));
        List<VenueAvailability> forSongbei = f.availability.search(SONGBEI_ADMIN, FakeCore.SONGBEI, FRIDAY,
                VenueType.TABLE_TENNIS, null, null);
        assertEquals(List.of(bigPingPong.id()), ids(forSongbei));
        assertTrue(forSongbei.get(0).shared());
        assertFalse(ids(f.availability.search(STREET_ADMIN, STREET, FRIDAY, VenueType.READING_ROOM, null, null))
                .contains(smallPingPong.id()));
    }

    private static List<Long> ids(List<VenueAvailability> found) {
        return found.stream().map(VenueAvailability::venueId).toList();
    }
}
