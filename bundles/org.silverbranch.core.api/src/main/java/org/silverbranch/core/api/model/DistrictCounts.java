package org.silverbranch.core.api.model;

/** Head counts of a district or one street, for district IT and dashboards. */
public record DistrictCounts(String streetCode, long streets, long communities, long organizations, long branches,
                             long retireeBranches, long activeMembers, long fullMembers, long awayMembers,
                             long veteranCadres) {
}
