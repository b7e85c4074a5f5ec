package org.silverbranch.orglife.dues;

/** A member named in a list, e.g. of members without a declared pension whom the branch should ask. */
public record MemberRef(long memberId, String name, Long branchId, String streetCode) {
}
