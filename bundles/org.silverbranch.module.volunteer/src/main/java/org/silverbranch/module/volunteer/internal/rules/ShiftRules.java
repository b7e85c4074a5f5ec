package org.silverbranch.module.volunteer.internal.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.core.api.Problems;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.ShiftUpdate;

/** The rules of a shift's own fields, checked before anything is read from the database. */
public final class ShiftRules {

    public static final int MAX_CAPACITY = 500;
    public static final int MAX_REPEAT_WEEKS = 52;
    public static final int MAX_PLACE = 200;
    public static final int MAX_NOTE = 500;

    private ShiftRules() {
    }

    /**
     * Collects every problem of a new shift or series: required fields, capacity 1–500, end after start, nothing in
     * the past (the first date is the earliest of a series), repeatWeeks 1–52.
     */
    public static Problems check(ShiftInput in, LocalDateTime now) {
        Problems p = new Problems();
        p.require("teamId", in.teamId());
        boolean hasDate = p.require("date", in.date());
        boolean hasStart = p.require("startTime", in.startTime());
        boolean hasEnd = p.require("endTime", in.endTime());
        p.requireText("place", in.place(), MAX_PLACE);
        p.maxLength("note", in.note(), MAX_NOTE);
        checkCapacity(p, in.capacity());
        if (in.repeatWeeks() != null && (in.repeatWeeks() < 1 || in.repeatWeeks() > MAX_REPEAT_WEEKS)) {
            p.add("repeatWeeks", "OUT_OF_RANGE", 1, MAX_REPEAT_WEEKS);
        }
        // shifts are kept to the minute: compare what will be stored
        if (hasStart && hasEnd && !minute(in.endTime()).isAfter(minute(in.startTime()))) {
            p.add("endTime", "END_BEFORE_START");
        }
        if (hasDate && in.date().isBefore(now.toLocalDate())) {
            p.add("date", "DATE_IN_PAST");
        } else if (hasDate && hasStart && in.date().equals(now.toLocalDate())
                && in.startTime().isBefore(now.toLocalTime())) {
            p.add("startTime", "DATE_IN_PAST");
        }
        return p;
    }

    /** The problems of a change to a shift's place, capacity, mode or note. */
    public static Problems check(ShiftUpdate in) {
        Problems p = new Problems();
        p.require("version", in.version());
        p.requireText("place", in.place(), MAX_PLACE);
        p.maxLength("note", in.note(), MAX_NOTE);
        p.require("signupMode", in.signupMode());
        checkCapacity(p, in.capacity());
        return p;
    }

    /** The days of a weekly series: the first date and the same weekday in each following week. */
    public static List<LocalDate> weeklyDates(LocalDate first, Integer repeatWeeks) {
        int weeks = repeatWeeks == null ? 1 : repeatWeeks;
        List<LocalDate> dates = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            dates.add(first.plusWeeks(week));
        }
        return dates;
    }

    private static void checkCapacity(Problems p, Integer capacity) {
        if (p.require("capacity", capacity) && (capacity < 1 || capacity > MAX_CAPACITY)) {
            p.add("capacity", "OUT_OF_RANGE", 1, MAX_CAPACITY);
        }
    }

    /** A time as stored: to the minute. */
    public static java.time.LocalTime minute(java.time.LocalTime time) {
        return time.withSecond(0).withNano(0);
    }
}
