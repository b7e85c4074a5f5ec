package org.silverbranch.orglife.dues;

import java.util.List;

/** A street's dues over a period: totals, per branch, and its members without a declared pension. */
public record StreetDues(String streetCode, String name, DuesTotals totals, List<BranchFigures> branches,
                         List<MemberRef> withoutPension) {
}
