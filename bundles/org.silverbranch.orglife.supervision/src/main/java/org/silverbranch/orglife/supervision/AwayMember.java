package org.silverbranch.orglife.supervision;

import java.time.LocalDate;

import org.silverbranch.core.api.model.ResidencyStatus;

/**
 * A member away from the community (候鸟 seasonal, or long term), with the expected return.
 *
 * @param branchName     the branch's name, null when the caller may not see it
 * @param place          where they stay, masked as the core answers it (whereabouts are sensitive); never unmasked
 *                       here
 * @param expectedReturn null when unknown
 * @param overdue        the expected return is before today and the member is still recorded away
 * @param daysOverdue    days since the expected return when overdue, otherwise 0
 */
public record AwayMember(Long memberId, String name, Long branchId, String branchName, String streetCode, ResidencyStatus residency,
                         String place, LocalDate since, LocalDate expectedReturn, boolean overdue,
                         long daysOverdue) {
}
