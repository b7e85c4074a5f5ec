package org.silverbranch.orglife.meetings.internal.rules;

import java.time.LocalDate;

/**
 * What compliance needs to know of a branch from the core.
 *
 * @param foundedOn    when the branch was founded, null when not recorded: slots that ended before are not required
 * @param hasCommittee whether the branch has a committee under the district's {@link CommitteeRule}
 * @param hasGroups    whether active Party groups are organized under it
 */
public record BranchFacts(long organizationId, String name, String streetCode, String communityCode,
                          LocalDate foundedOn, boolean hasCommittee, boolean hasGroups) {
}
