package org.silverbranch.module.volunteer.internal.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A volunteer's sign-up for a shift and, once checked in, their attendance.
 *
 * @param decidedAt   when it was approved, rejected, withdrawn or cancelled
 * @param minutes     the attendance's length in whole minutes (null before check-in)
 * @param hours       {@code minutes} as hours with two decimals, for people
 * @param hoursStatus PENDING until the captain approves the minutes; null before check-in
 */
public record Signup(
        long id,
        long version,
        long shiftId,
        long memberId,
        String memberName,
        SignupStatus status,
        Instant requestedAt,
        String requestedBy,
        Instant decidedAt,
        String decidedBy,
        Instant checkedInAt,
        String checkedInBy,
        Integer minutes,
        BigDecimal hours,
        HoursStatus hoursStatus,
        Instant hoursDecidedAt,
        String hoursDecidedBy) {
}
