package org.silverbranch.core.api.model;

import java.time.LocalDate;

/**
 * The few facts of a member that figures over a whole street or district need (dues, the six-month watch,
 * dashboards), without any sensitive personal information: no ID number, phone, health notes or place.
 *
 * @param residency      RESIDENT or away; where the member is stays out of this record
 * @param expectedReturn the expected return of an away member, or null
 */
public record MemberFacts(long id, String name, String streetCode, String communityCode, Long branchId,
                          CadreCategory category, Membership membership, MemberStatus status,
                          ResidencyStatus residency, LocalDate expectedReturn, LocalDate joinedPartyOn,
                          Long monthlyPensionFen) {
}
