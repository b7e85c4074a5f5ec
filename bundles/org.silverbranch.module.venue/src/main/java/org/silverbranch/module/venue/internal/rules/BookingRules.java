package org.silverbranch.module.venue.internal.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenuePolicy;

/**
 * The rules a booking must meet, apart from the ones that need other bookings (overlap, quota). Two kinds: the
 * request's own shape, the same for every date of a series ({@link #checkRequest}), and the rules of one date
 * ({@link #checkDate}), which a series may skip.
 */
public final class BookingRules {

    public static final int MAX_PURPOSE = 200;
    public static final int MAX_BOOKER_NAME = 100;
    /** The earliest date a request may name: before it, no venue was booked. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a request may name; far beyond any horizon, yet safe for date arithmetic. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private BookingRules() {
    }

    /**
     * Required fields, a purpose of at most 200 characters, headcount from 1 to the capacity ({@code OVER_CAPACITY}),
     * end after start ({@code END_BEFORE_START}), start and end on the venue's slot grid ({@code NOT_ON_SLOT_GRID})
     * and a length of at most the venue's maximum ({@code DURATION_TOO_LONG}).
     */
    public static Problems checkRequest(BookingInput in, int capacity, VenuePolicy policy) {
        Problems p = new Problems();
        boolean typed = p.require("bookerType", in.bookerType());
        p.require("bookerId", in.bookerId());
        if (typed && in.bookerType() == BookerType.TEAM) {
            p.requireText("bookerName", in.bookerName(), MAX_BOOKER_NAME);
        }
        p.requireText("purpose", in.purpose(), MAX_PURPOSE);
        if (p.require("headcount", in.headcount())) {
            if (in.headcount() < 1) {
                p.add("headcount", "OUT_OF_RANGE", 1, capacity);
            } else if (in.headcount() > capacity) {
                p.add("headcount", "OVER_CAPACITY", in.headcount(), capacity);
            }
        }
        if (p.require("date", in.date())) {
            checkDateBounds(p, "date", in.date());
        }
        boolean hasStart = p.require("startTime", in.startTime());
        boolean hasEnd = p.require("endTime", in.endTime());
        if (!hasStart || !hasEnd) {
            return p;
        }
        int slot = policy.slotMinutes();
        if (!SlotGrid.isOnGrid(in.startTime(), slot)) {
            p.add("startTime", "NOT_ON_SLOT_GRID", slot);
        }
        if (!SlotGrid.isOnGrid(in.endTime(), slot)) {
            p.add("endTime", "NOT_ON_SLOT_GRID", slot);
        }
        if (!in.endTime().isAfter(in.startTime())) {
            p.add("endTime", "END_BEFORE_START");
        } else if (SlotGrid.minuteOfDay(in.endTime()) - SlotGrid.minuteOfDay(in.startTime())
                > policy.maxDurationMinutes()) {
            p.add("endTime", "DURATION_TOO_LONG", policy.maxDurationMinutes());
        }
        return p;
    }

    /**
     * Adds {@code DATE_OUT_OF_RANGE} (1900-01-01 to 2199-12-31) for a date outside the years a request may name,
     * so that no date arithmetic overflows (a 500) on a date like +999999999-12-31.
     *
     * @return whether the date is null or within the bounds
     */
    public static boolean checkDateBounds(Problems p, String field, LocalDate date) {
        if (date == null || isWithinBounds(date)) {
            return true;
        }
        p.add(field, "DATE_OUT_OF_RANGE", EARLIEST_DATE, LATEST_DATE);
        return false;
    }

    public static boolean isWithinBounds(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * The problems of booking this date and time, in the order a user fixes them: in the past
     * ({@code START_IN_PAST}), too short notice ({@code NOTICE_TOO_SHORT}), beyond the booking horizon
     * ({@code BEYOND_HORIZON}), a blackout date ({@code BLACKOUT_DATE}), a day without opening hours
     * ({@code CLOSED_THAT_DAY}) or a time outside them ({@code OUTSIDE_OPENING_HOURS}). Empty when bookable.
     * <p>
     * Without minimum notice the slot running now may still be booked (someone at the door).
     */
    public static List<FieldProblem> checkDate(LocalDate date, LocalTime start, LocalTime end, VenuePolicy policy,
                                               List<OpeningHours> hours, Map<LocalDate, String> blackouts,
                                               LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime startsAt = date.atTime(start);
        int notice = policy.minNoticeMinutes();
        LocalDateTime earliest = earliestStart(policy, now);
        if (startsAt.isBefore(notice == 0 ? earliest : now)) {
            problems.add(problem("startTime", "START_IN_PAST"));
        } else if (notice > 0 && startsAt.isBefore(earliest)) {
            problems.add(problem("startTime", "NOTICE_TOO_SHORT", notice));
        }
        if (date.isAfter(now.toLocalDate().plusDays(policy.horizonDays()))) {
            problems.add(problem("date", "BEYOND_HORIZON", policy.horizonDays()));
        }
        if (blackouts.containsKey(date)) {
            String reason = blackouts.get(date);
            problems.add(problem("date", "BLACKOUT_DATE", date, reason == null ? "" : reason));
        }
        List<OpeningHours> today = on(hours, date.getDayOfWeek());
        if (today.isEmpty()) {
            problems.add(problem("date", "CLOSED_THAT_DAY", date));
        } else if (today.stream().noneMatch(h -> !start.isBefore(h.opens()) && !end.isAfter(h.closes()))) {
            problems.add(problem("startTime", "OUTSIDE_OPENING_HOURS", describe(today)));
        }
        return problems;
    }

    /**
     * The earliest start a booking may have now: {@code now} plus the minimum notice, or, without notice, the start
     * of the slot running now.
     */
    public static LocalDateTime earliestStart(VenuePolicy policy, LocalDateTime now) {
        if (policy.minNoticeMinutes() == 0) {
            return now.toLocalDate().atTime(SlotGrid.floor(now.toLocalTime(), policy.slotMinutes()));
        }
        return now.plusMinutes(policy.minNoticeMinutes());
    }

    /** The opening intervals of one weekday, earliest first. */
    public static List<OpeningHours> on(List<OpeningHours> hours, DayOfWeek day) {
        return hours.stream().filter(h -> h.dayOfWeek() == day)
                .sorted((a, b) -> a.opens().compareTo(b.opens())).toList();
    }

    /** e.g. {@code 08:00-11:30, 14:00-17:30}. */
    static String describe(List<OpeningHours> intervals) {
        return String.join(", ", intervals.stream().map(h -> h.opens() + "-" + h.closes()).toList());
    }

    private static FieldProblem problem(String field, String code, Object... args) {
        return new Problems().add(field, code, args).list().get(0);
    }
}
