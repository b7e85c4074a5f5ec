package org.silverbranch.module.volunteer.internal.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A volunteer's hours in one street: only approved minutes count; pending ones are shown apart.
 *
 * @param year null for all years
 */
public record MemberHours(long memberId, String memberName, String streetCode, Integer year, long approvedMinutes,
                          BigDecimal approvedHours, long pendingMinutes, BigDecimal pendingHours,
                          List<Attendance> attendances) {
}
