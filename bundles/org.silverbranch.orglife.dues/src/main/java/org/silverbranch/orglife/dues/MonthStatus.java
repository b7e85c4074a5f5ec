package org.silverbranch.orglife.dues;

/**
 * A month of a member's dues.
 * <ul>
 * <li>{@code NOT_DUE}: before the member's obligation starts (joining the Party, or the district's first month of
 * records), or the member is no longer active (transferred out, deceased) and did not pay it</li>
 * <li>{@code PAID}: paid, in arrears, on time or in advance</li>
 * <li>{@code OWED}: due (not after the current month) and not paid</li>
 * <li>{@code UPCOMING}: after the current month and not paid (may be paid in advance)</li>
 * </ul>
 */
public enum MonthStatus {
    NOT_DUE, PAID, OWED, UPCOMING
}
