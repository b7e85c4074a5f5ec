package org.silverbranch.orglife.supervision;

import java.time.LocalDate;
import java.util.List;

import org.silverbranch.core.api.model.OrganizationType;

/**
 * The health of one branch (化并转) as of a date: the figures the rules look at and the suggestions they made.
 *
 * @param memberCount      active members (core)
 * @param fullMemberCount  active full members (正式党员, core)
 * @param committeeMembers current committee members (委员) in the leadership
 * @param secretary        the current secretary's name; null when vacant
 * @param termStart        the start of the current leadership's term (earliest start among current leaders); null
 *                         when nobody holds a position
 * @param termEnd          the earliest planned end among current leaders, else the last end of a past term when
 *                         nobody holds a position; null when unknown
 * @param suggestions      empty for a healthy branch
 */
public record BranchHealth(Long organizationId, String organizationName, OrganizationType type, String streetCode,
                           String communityCode, LocalDate asOf, int memberCount, int fullMemberCount,
                           int committeeMembers, String secretary, LocalDate termStart, LocalDate termEnd,
                           List<HealthSuggestion> suggestions) {

    public BranchHealth {
        suggestions = List.copyOf(suggestions);
    }

    public boolean healthy() {
        return suggestions.isEmpty();
    }
}
