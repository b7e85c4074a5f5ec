package org.silverbranch.orglife.dues;

import java.time.LocalDate;

/**
 * The branch's consent to paying months ahead (required by the 2008 dues rules for advance payment by quarter or
 * half-year): who consented for the branch, and when.
 *
 * @param approvedBy the secretary or committee member who consented, up to 50 characters
 * @param approvedOn the day of the consent, not after the day of payment; the day of payment when null
 */
public record AdvanceConsent(String approvedBy, LocalDate approvedOn) {
}
