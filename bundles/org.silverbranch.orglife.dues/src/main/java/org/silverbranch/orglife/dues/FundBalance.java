package org.silverbranch.orglife.dues;

/**
 * A branch's returned dues: returned − spent = balance.
 *
 * @param version changes with every return and expense (0 before the first)
 */
public record FundBalance(long organizationId, long returnedFen, long spentFen, long balanceFen, long version) {
}
