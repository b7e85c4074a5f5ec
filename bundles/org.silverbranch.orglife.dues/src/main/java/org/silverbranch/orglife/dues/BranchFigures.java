package org.silverbranch.orglife.dues;

/**
 * A branch's totals in a street's roll-up. {@code organizationId} and {@code name} are null for the street's members
 * who belong to no branch.
 */
public record BranchFigures(Long organizationId, String name, DuesTotals totals) {
}
