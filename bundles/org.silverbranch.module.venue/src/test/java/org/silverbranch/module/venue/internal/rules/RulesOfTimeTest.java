package org.silverbranch.module.venue.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.Frequency;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenueUtilization;
import org.silverbranch.module.venue.internal.rules.UtilizationCalculator.BookedTime;

/** The slot grid, free ranges, recurrence and utilization arithmetic. */
public class RulesOfTimeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 6);

    @Test
    public void theGridAndTheClaimsOfABooking() {
        assertTrue(SlotGrid.isValidSlotLength(45));
        assertFalse(SlotGrid.isValidSlotLength(20));
        assertFalse(SlotGrid.isValidSlotLength(255));
        assertTrue(SlotGrid.isOnGrid(LocalTime.of(9, 30), 30));
        assertFalse(SlotGrid.isOnGrid(LocalTime.of(9, 30, 1), 30));
        assertEquals(LocalTime.of(9, 0), SlotGrid.floor(LocalTime.of(9, 59), 60));
        assertEquals(LocalTime.of(10, 0), SlotGrid.ceil(LocalTime.of(9, 1), 60));
        assertNull(SlotGrid.ceil(LocalTime.of(23, 50), 30));
        List<LocalDateTime> claims = SlotGrid.claims(DAY.atTime(9, 0), DAY.atTime(10, 0));
        assertEquals(List.of(DAY.atTime(9, 0), DAY.atTime(9, 15), DAY.atTime(9, 30), DAY.atTime(9, 45)), claims);
    }

    @Test
    public void touchingRangesDoNotOverlap() {
        TimeRange nine = new TimeRange(DAY.atTime(9, 0), DAY.atTime(10, 0));
        assertFalse(nine.overlaps(new TimeRange(DAY.atTime(10, 0), DAY.atTime(11, 0))));
        assertTrue(nine.overlaps(new TimeRange(DAY.atTime(9, 45), DAY.atTime(11, 0))));
        assertEquals(60, nine.minutes());
    }

    @Test
    public void freeRangesAreMergedSlotsOutsideBookingsAndBeforeTheEarliestStart() {
        List<OpeningHours> hours = List.of(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 15), LocalTime.of(12, 0)));
        List<TimeRange> busy = List.of(new TimeRange(DAY.atTime(10, 0), DAY.atTime(10, 30)));
        assertEquals("08:15 opens, the first 30-minute slot starts at 08:30",
                List.of("08:30-10:00", "10:30-12:00"),
                FreeSlots.of(DAY, hours, busy, 30, DAY.atTime(0, 0)).stream().map(r -> r.start() + "-" + r.end()).toList());
        assertEquals(List.of("11:00-12:00"),
                FreeSlots.of(DAY, hours, busy, 30, DAY.atTime(10, 40)).stream().map(r -> r.start() + "-" + r.end()).toList());
        assertTrue(FreeSlots.hasRun(FreeSlots.of(DAY, hours, busy, 30, DAY.atTime(0, 0)), 90));
        assertFalse(FreeSlots.hasRun(FreeSlots.of(DAY, hours, busy, 30, DAY.atTime(0, 0)), 100));
        List<OpeningHours> late = List.of(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(23, 59)));
        assertEquals("a day ends at 23:59: no wrap past midnight", List.of("22:00-23:30"),
                FreeSlots.of(DAY, late, List.of(), 30, DAY.atTime(0, 0)).stream().map(r -> r.start() + "-" + r.end())
                        .toList());
    }

    @Test
    public void seriesDates() {
        assertEquals(List.of(DAY, DAY.plusWeeks(1), DAY.plusWeeks(2)), Recurrence.dates(Frequency.WEEKLY, 3, DAY, null)
                .stream().map(Recurrence.Occurrence::date).toList());
        assertEquals(4, Recurrence.dates(Frequency.WEEKLY, null, DAY, DAY.plusDays(27)).size());
        List<Recurrence.Occurrence> monthly = Recurrence.dates(Frequency.MONTHLY, 3, LocalDate.of(2027, 1, 30), null);
        assertEquals(new Recurrence.Occurrence(LocalDate.of(2027, 2, 28), false), monthly.get(1));
        assertEquals(new Recurrence.Occurrence(LocalDate.of(2027, 3, 30), true), monthly.get(2));
        assertEquals("SERIES_TOO_LONG", Recurrence.check(Frequency.WEEKLY, null, DAY, DAY.plusYears(2)).list().get(0)
                .code());
        assertEquals("RANGE_REVERSED", Recurrence.check(Frequency.WEEKLY, null, DAY, DAY).list().get(0).code());
        assertTrue(Recurrence.check(Frequency.MONTHLY, 12, DAY, null).isEmpty());
    }

    @Test
    public void utilizationFigures() {
        List<OpeningHours> weekdays = List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        // February 2027: 4 Mondays (one a blackout), 4 Saturdays
        assertEquals(3 * 120 + 4 * 60, UtilizationCalculator.openMinutes(YearMonth.of(2027, 2), weekdays,
                Set.of(LocalDate.of(2027, 2, 1))));
        VenueUtilization v = UtilizationCalculator.of(1, "活动室", 600, List.of(
                new BookedTime(BookingStatus.CHECKED_IN, 60), new BookedTime(BookingStatus.CONFIRMED, 30),
                new BookedTime(BookingStatus.NO_SHOW, 60), new BookedTime(BookingStatus.REQUESTED, 60),
                new BookedTime(BookingStatus.CANCELLED, 60)));
        assertEquals(90, v.bookedMinutes());
        assertEquals(new BigDecimal("15.00"), v.occupancyPercent());
        assertEquals(new BigDecimal("50.00"), v.noShowPercent());
        assertNull(UtilizationCalculator.of(2, "空", 0, List.of()).occupancyPercent());
        assertEquals(new BigDecimal("33.33"), UtilizationCalculator.percent(1, 3));
    }
}
