package org.silverbranch.orglife.dues;

import java.util.List;

/**
 * A branch's dues over a period: its members (active members, and others who paid in the period) with paid and owed,
 * the totals, and the members without a declared pension.
 */
public record BranchDues(long organizationId, String name, String streetCode, DuesTotals totals,
                         List<MemberArrears> members, List<MemberRef> withoutPension) {
}
