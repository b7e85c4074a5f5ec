package org.silverbranch.module.volunteer.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** One attended shift of a volunteer, with its minutes and whether they are approved. */
public record Attendance(long signupId, long shiftId, LocalDate date, LocalTime startTime, LocalTime endTime,
                         long teamId, String teamName, String serviceName, int minutes, BigDecimal hours,
                         HoursStatus hoursStatus) {
}
