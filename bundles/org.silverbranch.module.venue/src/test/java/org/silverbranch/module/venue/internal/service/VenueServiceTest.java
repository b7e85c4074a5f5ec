package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.POLICY;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.venue.internal.service.Fixture.failure;
import static org.silverbranch.module.venue.internal.service.Fixture.fields;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.module.venue.internal.FakeCore;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueType;

public class VenueServiceTest {

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
    public void aVenueIsStoredWithItsHoursBlackoutsSharingAndDefaultRules() {
        VenueInput in = Fixture.input("天鹅湖社区游泳池", VenueType.SWIMMING, 40, null, FakeCore.SONGBEI);
        Venue v = f.venues.create(STREET_ADMIN, STREET, new VenueInput(in.name(), in.type(), FakeCore.TIANEHU, 40,
                "电梯 坡道", in.openingHours(), List.of(new Blackout(Fixture.FRIDAY, "换水")), in.sharedWithStreets(),
                null, null, null));

        Venue read = f.venues.get(STREET_ADMIN, STREET, v.id());
        assertEquals(v, read);
        assertEquals(14, read.openingHours().size());
        assertEquals(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                read.openingHours().get(0));
        assertEquals(List.of(new Blackout(Fixture.FRIDAY, "换水")), read.blackoutDates());
        assertEquals(List.of(FakeCore.SONGBEI), read.sharedWithStreets());
        assertEquals(VenuePolicy.DEFAULTS, read.policy());
        assertFalse(read.shared());
        assertEquals(List.of("VENUE_CREATE"), f.audit.actionsOn("venue", v.id()));
    }

    @Test
    public void badVenuesAreRefusedWithEveryFieldNamed() {
        VenueInput bad = new VenueInput(" ", null, FakeCore.OUMEIYA, 0, null,
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(8, 0)),
                        new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 10), LocalTime.of(12, 0)),
                        new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))),
                List.of(new Blackout(Fixture.FRIDAY, null), new Blackout(Fixture.FRIDAY, null)),
                List.of(STREET, "230109999"), new VenuePolicy(-1, 10, 20, 0, 0, null, null), null, null);

        assertEquals(List.of("name:REQUIRED", "type:REQUIRED", "capacity:OUT_OF_RANGE",
                "openingHours[0].closes:END_BEFORE_START", "openingHours[1].opens:NOT_ON_SLOT_GRID",
                "openingHours[3]:OPENING_HOURS_OVERLAP", "blackoutDates[1].date:DUPLICATE_DATE",
                "policy.minNoticeMinutes:OUT_OF_RANGE", "policy.horizonDays:OUT_OF_RANGE",
                "policy.weeklyQuota:OUT_OF_RANGE", "policy.slotMinutes:INVALID_SLOT_LENGTH",
                "communityCode:COMMUNITY_NOT_IN_STREET", "sharedWithStreets[0]:SHARED_WITH_OWN_STREET",
                "sharedWithStreets[1]:UNKNOWN_STREET"),
                fields(failure(() -> f.venues.create(STREET_ADMIN, STREET, bad))));
    }

    @Test
    public void aChangeReplacesTheDetailsNeedsTheVersionAndIsAudited() {
        Venue v = f.venue(POLICY, FakeCore.SONGBEI);
        VenueInput change = new VenueInput(v.name(), VenueType.BADMINTON, null, 12, null,
                List.of(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of(),
                List.of(), new VenuePolicy(0, 120, 60, 14, 1, true, 60), null, v.version());

        Venue changed = f.venues.update(STREET_ADMIN, STREET, v.id(), change);

        assertEquals(VenueType.BADMINTON, changed.type());
        assertEquals(1, changed.openingHours().size());
        assertEquals(List.of(), changed.sharedWithStreets());
        assertTrue(changed.policy().approvalRequired());
        assertTrue(changed.version() > v.version());
        assertEquals(List.of("VENUE_CREATE", "VENUE_UPDATE"), f.audit.actionsOn("venue", v.id()));
        assertEquals(List.of("ACTIVITY_ROOM", "BADMINTON"),
                f.audit.entries.get(f.audit.entries.size() - 1).changes().get("type"));
        assertFailure(failure(() -> f.venues.update(STREET_ADMIN, STREET, v.id(), change)), ErrorKind.CONFLICT,
                "STALE_VERSION");
        assertFailure(failure(() -> f.venues.get(Fixture.SONGBEI_ADMIN, FakeCore.SONGBEI, v.id())),
                ErrorKind.NOT_FOUND, "VENUE_NOT_FOUND");  // no longer shared
    }

    @Test
    public void onlyTheStreetsOwnStaffManageItsVenues() {
        Venue v = f.venue();
        Caller secretary = new Caller("sec", Role.BRANCH_SECRETARY, STREET, FakeCore.TIANEHU_BRANCH);
        assertFailure(failure(() -> f.venues.create(secretary, STREET, Fixture.input("x", VenueType.OTHER, 5, POLICY))),
                ErrorKind.FORBIDDEN, "FORBIDDEN");
        VenueInput in = Fixture.input("x", VenueType.OTHER, 5, POLICY);
        assertFailure(failure(() -> f.venues.update(STREET_ADMIN, FakeCore.SONGBEI, v.id(), in)),
                ErrorKind.NOT_FOUND, "STREET_NOT_FOUND");
        Caller district = new Caller("district", Role.DISTRICT_ADMIN, null, null);
        VenueInput noCommunity = new VenueInput("x", VenueType.OTHER, null, 5, null, List.of(), List.of(), List.of(),
                POLICY, null, v.version());
        assertFailure(failure(() -> f.venues.update(district, FakeCore.SONGBEI, v.id(), noCommunity)),
                ErrorKind.NOT_FOUND, "VENUE_NOT_FOUND");
        assertTrue(f.venues.list(new Caller("v", Role.VIEWER, STREET, null), STREET, null, null, false).stream()
                .anyMatch(x -> x.id() == v.id()));
    }
}
