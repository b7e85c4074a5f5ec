package org.silverbranch.module.volunteer.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;

import org.junit.Test;

/** Hours arithmetic: whole minutes summed exactly, shown as hours with two decimals. */
public class HoursTest {

    @Test
    public void minutesBetweenTimesIgnoreSeconds() {
        assertEquals(120, Hours.minutesBetween(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        assertEquals(80, Hours.minutesBetween(LocalTime.of(9, 0), LocalTime.of(10, 20)));
        assertEquals(80, Hours.minutesBetween(LocalTime.of(9, 0, 59), LocalTime.of(10, 20, 1)));
    }

    @Test
    public void hoursHaveTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("2.00"), Hours.toHours(120));
        assertEquals(new BigDecimal("1.50"), Hours.toHours(90));
        assertEquals(new BigDecimal("0.33"), Hours.toHours(20));
        assertEquals(new BigDecimal("0.67"), Hours.toHours(40));
        assertEquals(new BigDecimal("0.02"), Hours.toHours(1));     // 0.0166… half up
        assertEquals(new BigDecimal("0.08"), Hours.toHours(5));     // 0.0833…
        assertEquals(new BigDecimal("0.00"), Hours.toHours(0));
        assertEquals(new BigDecimal("24.00"), Hours.toHours(1440));
        assertEquals(2, Hours.toHours(7).scale());
        assertNull(Hours.toHoursOrNull(null));
    }

    @Test
    public void minutesAreSummedBeforeTheyBecomeHours() {
        long minutes = 20 + 20 + 20;
        assertEquals(new BigDecimal("1.00"), Hours.toHours(minutes));
        // summing rounded hours would drift: 3 × 0.33 = 0.99
        assertEquals(new BigDecimal("0.99"), Hours.toHours(20).multiply(BigDecimal.valueOf(3)));
        assertEquals(new BigDecimal("1000000.00"), Hours.toHours(60_000_000L));
    }

    @Test
    public void anAttendanceLastsOneMinuteToOneDay() {
        assertFalse(Hours.isValidMinutes(0));
        assertTrue(Hours.isValidMinutes(1));
        assertTrue(Hours.isValidMinutes(1440));
        assertFalse(Hours.isValidMinutes(1441));
        assertFalse(Hours.isValidMinutes(-30));
    }
}
