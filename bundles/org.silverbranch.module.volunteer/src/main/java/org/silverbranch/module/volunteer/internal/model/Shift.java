package org.silverbranch.module.volunteer.internal.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A shift (one activity of a team: a morning of the blood-pressure station, an evening patrol), as answered.
 *
 * @param seriesId   shared by the shifts of a weekly series created at once; null for a single shift
 * @param minutes    the shift's length, the default of each attendance's minutes
 * @param confirmed  sign-ups holding a place (confirmed or attended)
 * @param requested  sign-ups waiting for approval
 * @param freePlaces {@code capacity - confirmed}
 * @param signups    every sign-up, also withdrawn and rejected ones, oldest first
 */
public record Shift(
        long id,
        long version,
        long teamId,
        String teamName,
        ServiceType serviceType,
        String serviceName,
        String streetCode,
        String seriesId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int minutes,
        String place,
        int capacity,
        SignupMode signupMode,
        String note,
        ShiftStatus status,
        int confirmed,
        int requested,
        int freePlaces,
        List<Signup> signups) {
}
