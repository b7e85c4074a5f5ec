package org.silverbranch.core.api.model;

import java.time.LocalDate;

/**
 * A member's term in a position of a branch's leadership (书记, 副书记, 委员).
 *
 * @param termEnd the planned or actual end of the term; a term that has ended leaves a vacancy
 * @param current whether the term runs today (answer only)
 */
public record Leader(Long id, Long version, Long organizationId, Long memberId, String memberName, LeaderRole role,
                     LocalDate termStart, LocalDate termEnd, Boolean current) {
}
