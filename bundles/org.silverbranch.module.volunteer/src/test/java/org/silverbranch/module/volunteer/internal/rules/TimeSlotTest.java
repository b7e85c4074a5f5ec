package org.silverbranch.module.volunteer.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.Test;

/** The overlap rule: a volunteer can never hold two shifts whose times intersect on the same day. */
public class TimeSlotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 7);

    private static TimeSlot slot(String start, String end) {
        return slot(DAY, start, end);
    }

    private static TimeSlot slot(LocalDate day, String start, String end) {
        return new TimeSlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static void assertOverlap(boolean expected, TimeSlot a, TimeSlot b) {
        assertEquals(a + " / " + b, expected, a.overlaps(b));
        assertEquals("symmetric: " + b + " / " + a, expected, b.overlaps(a));
    }

    @Test
    public void intersectingRangesOverlap() {
        assertOverlap(true, slot("09:00", "11:00"), slot("10:30", "12:00"));
        assertOverlap(true, slot("09:00", "11:00"), slot("08:00", "09:01"));
    }

    @Test
    public void aRangeInsideAnotherOverlaps() {
        assertOverlap(true, slot("08:00", "12:00"), slot("09:00", "10:00"));
        assertOverlap(true, slot("09:00", "10:00"), slot("09:00", "10:00"));
    }

    @Test
    public void touchingEndsDoNotOverlap() {
        assertOverlap(false, slot("09:00", "11:00"), slot("11:00", "12:00"));
        assertOverlap(false, slot("14:00", "15:00"), slot("13:00", "14:00"));
    }

    @Test
    public void separateRangesOrDaysDoNotOverlap() {
        assertOverlap(false, slot("08:00", "09:00"), slot("19:00", "21:00"));
        assertOverlap(false, slot("09:00", "11:00"), slot(DAY.plusDays(1), "09:00", "11:00"));
        assertOverlap(false, slot("09:00", "11:00"), slot(DAY.plusWeeks(1), "10:00", "12:00"));
    }

    @Test
    public void aSlotEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> slot("10:00", "10:00"));
        assertThrows(IllegalArgumentException.class, () -> slot("22:00", "02:00"));
        assertTrue(slot("00:00", "23:59").overlaps(slot("12:00", "12:01")));
        assertFalse(slot("00:00", "00:01").overlaps(slot("23:58", "23:59")));
    }

    @Test
    public void minutesAreTheLength() {
        assertEquals(150, slot("09:00", "11:30").minutes());
        assertEquals(1439, slot("00:00", "23:59").minutes());
    }
}
