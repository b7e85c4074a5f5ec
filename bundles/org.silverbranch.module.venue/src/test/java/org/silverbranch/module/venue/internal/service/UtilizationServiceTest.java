package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.venue.internal.service.Fixture.forMember;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.module.venue.internal.model.ActionInput;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.UtilizationReport;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueUtilization;

/** Utilization, its CSV export and the ledger, over one month of one venue (its own database). */
public class UtilizationServiceTest {

    private static Fixture f;
    private static Venue venue;
    private static long wang;

    /** In November 2026: two checked-in hours, one no-show hour, one cancelled hour. */
    @BeforeClass
    public static void month() {
        f = new Fixture();
        venue = f.venue();
        wang = f.member("王秀兰");
        Booking a = f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY, "09:00", "10:00"));
        Booking b = f.book(venue, FRIDAY, "10:00", "11:00");
        Booking c = f.bookings.book(STREET_ADMIN, STREET, forMember(venue.id(), wang, FRIDAY, "14:00", "15:00"));
        Booking d = f.book(venue, FRIDAY, "16:00", "17:00");
        f.bookings.cancel(STREET_ADMIN, STREET, d.id(), new ActionInput(d.version(), null));
        f.clock.set(FRIDAY.atTime(9, 5));
        f.bookings.checkIn(STREET_ADMIN, STREET, a.id(), new ActionInput(a.version(), null));
        f.clock.set(FRIDAY.atTime(10, 5));
        f.bookings.checkIn(STREET_ADMIN, STREET, b.id(), new ActionInput(b.version(), null));
        f.clock.set(FRIDAY.atTime(14, 30));
        f.bookings.releaseNoShows(Duration.ofMinutes(15));  // c
        f.clock.set(Fixture.START);
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void occupancyIsBookedOfOpenMinutesAndTheNoShowRateIsOfBookingsWhoseTimeCame() {
        UtilizationReport r = f.utilization.report(STREET_ADMIN, STREET, YearMonth.of(2026, 11));

        VenueUtilization v = r.venues().get(0);
        assertEquals(30 * 11 * 60, v.openMinutes());  // 08-12 and 14-21 every day of November
        assertEquals(120, v.bookedMinutes());
        assertEquals(new BigDecimal("0.61"), v.occupancyPercent());
        assertEquals(4, v.bookings());
        assertEquals(2, v.checkedIn());
        assertEquals(1, v.noShows());
        assertEquals(1, v.cancelled());
        assertEquals(new BigDecimal("33.33"), v.noShowPercent());
        assertEquals(v.bookedMinutes(), r.totals().bookedMinutes());
        assertEquals(0, f.utilization.report(STREET_ADMIN, STREET, YearMonth.of(2026, 12)).venues().get(0)
                .bookings());
    }

    @Test
    public void theCsvHasABomChineseHeadersAndATotalLine() {
        UtilizationService.Export export = f.utilization.csv(STREET_ADMIN, STREET, YearMonth.of(2026, 11));

        assertEquals("venue-utilization-230109002-2026-11.csv", export.fileName());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(export.content(), 3));
        String[] lines = new String(export.content(), 3, export.content().length - 3, StandardCharsets.UTF_8)
                .split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0], lines[0].startsWith("月份,场地编号,场地,开放时长（分钟）,已预约时长（分钟）,使用率（%）"));
        assertEquals("2026-11," + venue.id() + "," + venue.name() + ",19800,120,0.61,4,2,1,1,33.33", lines[1]);
        assertTrue(lines[2], lines[2].startsWith("2026-11,,合计,19800,120"));
    }

    @Test
    public void theMembersBookingsAndNoShowsAreInTheirLedger() {
        List<LedgerEntry> entries = f.ledger.entries(STREET_ADMIN, wang, 2026);

        assertEquals(2, entries.size());
        assertEquals("VENUE_BOOKING", entries.get(0).kind());
        assertEquals(venue.name() + " 场地预约：书法练习", entries.get(0).title());
        assertEquals(new BigDecimal("1.00"), entries.get(0).quantity());
        assertEquals("小时", entries.get(0).unit());
        assertEquals("VENUE_NO_SHOW", entries.get(1).kind());
        assertEquals(FRIDAY, entries.get(1).date());
        assertEquals("venue", f.ledger.source());
        assertEquals(List.of(), f.ledger.entries(STREET_ADMIN, wang, 2025));
    }
}
