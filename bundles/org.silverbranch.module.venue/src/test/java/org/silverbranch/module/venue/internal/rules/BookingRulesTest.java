package org.silverbranch.module.venue.internal.rules;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenuePolicy;

/** Each booking rule on its own, without a database. */
public class BookingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 8, 0);  // a Thursday
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    private static final VenuePolicy POLICY = new VenuePolicy(60, 120, 30, 14, null, false, 120);
    private static final List<OpeningHours> HOURS = List.of(
            new OpeningHours(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));

    private static List<String> request(int headcount, String start, String end) {
        return BookingRules.checkRequest(new BookingInput(1L, BookerType.MEMBER, 2L, null, "读书会", headcount, FRIDAY,
                LocalTime.parse(start), LocalTime.parse(end)), 20, POLICY).list().stream()
                .map(p -> p.field() + ":" + p.code()).toList();
    }

    private static List<String> date(LocalDate date, String start, String end, VenuePolicy policy,
                                     Map<LocalDate, String> blackouts, LocalDateTime now) {
        return BookingRules.checkDate(date, LocalTime.parse(start), LocalTime.parse(end), policy, HOURS, blackouts,
                now).stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    public void headcountIsBetweenOneAndTheCapacity() {
        assertEquals(List.of(), request(20, "09:00", "10:00"));
        assertEquals(List.of("headcount:OVER_CAPACITY"), request(21, "09:00", "10:00"));
        assertEquals(List.of("headcount:OUT_OF_RANGE"), request(0, "09:00", "10:00"));
    }

    @Test
    public void timesAreOnTheSlotGridAndNotLongerThanTheMaximum() {
        assertEquals(List.of("startTime:NOT_ON_SLOT_GRID", "endTime:NOT_ON_SLOT_GRID"), request(5, "09:10", "10:20"));
        assertEquals(List.of("endTime:DURATION_TOO_LONG"), request(5, "09:00", "11:30"));
        assertEquals(List.of(), request(5, "09:00", "11:00"));
        assertEquals(List.of("endTime:END_BEFORE_START"), request(5, "10:00", "10:00"));
    }

    @Test
    public void aTeamNeedsItsNameAndEveryFieldIsRequired() {
        List<FieldProblem> p = BookingRules.checkRequest(new BookingInput(1L, BookerType.TEAM, null, null, null, null,
                null, null, null), 20, POLICY).list();
        assertEquals(List.of("bookerId:REQUIRED", "bookerName:REQUIRED", "purpose:REQUIRED", "headcount:REQUIRED",
                "date:REQUIRED", "startTime:REQUIRED", "endTime:REQUIRED"),
                p.stream().map(x -> x.field() + ":" + x.code()).toList());
    }

    @Test
    public void theTimeMustLieInsideOneOpeningInterval() {
        assertEquals(List.of(), date(FRIDAY, "08:00", "12:00", POLICY, Map.of(), NOW));
        assertEquals(List.of("startTime:OUTSIDE_OPENING_HOURS"), date(FRIDAY, "11:00", "14:30", POLICY, Map.of(), NOW));
        assertEquals(List.of("startTime:OUTSIDE_OPENING_HOURS"), date(FRIDAY, "17:30", "18:30", POLICY, Map.of(), NOW));
        assertEquals(List.of("date:CLOSED_THAT_DAY"), date(FRIDAY.plusDays(1), "09:00", "10:00", POLICY, Map.of(), NOW));
    }

    @Test
    public void noticeHorizonAndBlackoutAreCheckedPerDate() {
        assertEquals(List.of("startTime:NOTICE_TOO_SHORT"), date(NOW.toLocalDate(), "08:30", "09:00", POLICY, Map.of(),
                NOW));
        assertEquals(List.of(), date(NOW.toLocalDate(), "09:00", "09:30", POLICY, Map.of(), NOW));
        assertEquals(List.of("startTime:START_IN_PAST"), date(NOW.toLocalDate(), "08:00", "08:30", POLICY, Map.of(),
                NOW.plusMinutes(1)));
        assertEquals(List.of("date:BEYOND_HORIZON"), date(FRIDAY.plusDays(14), "09:00", "10:00", POLICY, Map.of(),
                NOW));
        assertEquals(List.of(), date(FRIDAY.plusDays(13), "09:00", "10:00", POLICY, Map.of(), NOW));
        List<FieldProblem> blackout = BookingRules.checkDate(FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), POLICY,
                HOURS, Map.of(FRIDAY, "停电检修"), NOW);
        assertEquals("BLACKOUT_DATE", blackout.get(0).code());
        assertEquals(List.of("2026-11-06", "停电检修"), blackout.get(0).args());
    }

    @Test
    public void withoutNoticeTheRunningSlotStillCounts() {
        VenuePolicy walkIn = new VenuePolicy(0, 120, 30, 14, null, false, 0);
        LocalDateTime tenPast = NOW.plusMinutes(70);  // 09:10
        assertEquals(List.of(), date(NOW.toLocalDate(), "09:00", "09:30", walkIn, Map.of(), tenPast));
        assertEquals(List.of("startTime:START_IN_PAST"), date(NOW.toLocalDate(), "08:30", "09:00", walkIn, Map.of(),
                tenPast));
        assertEquals(LocalDateTime.of(2026, 11, 5, 9, 0), BookingRules.earliestStart(walkIn, tenPast));
        assertEquals(LocalDateTime.of(2026, 11, 5, 10, 10), BookingRules.earliestStart(POLICY, tenPast));
    }
}
