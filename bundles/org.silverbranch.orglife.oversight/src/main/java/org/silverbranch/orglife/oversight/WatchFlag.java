package org.silverbranch.orglife.oversight;

import java.time.LocalDate;
import java.time.YearMonth;

import org.silverbranch.core.api.model.ResidencyStatus;

/**
 * One member who has gone {@code months} whole months without organizational life or without dues. A member may have
 * one flag of each reason.
 *
 * @param branchName        null when the caller may not see the branch or the member has none
 * @param expectedReturn    an away member's expected return, else null
 * @param months            whole months counted (see {@link SixMonthWatch} for how)
 * @param since             the first month counted
 * @param lastParticipation NO_ORGANIZATIONAL_LIFE: the date of the last participation, null when never; NO_DUES: null
 * @param lastPaidMonth     NO_DUES: the latest month paid, null when none; NO_ORGANIZATIONAL_LIFE: null
 */
public record WatchFlag(long memberId, String name, Long branchId, String branchName, String streetCode,
                        ResidencyStatus residency, LocalDate expectedReturn, WatchReason reason, int months,
                        YearMonth since, WatchLevel level, WatchAction action, LocalDate lastParticipation,
                        YearMonth lastPaidMonth) {
}
