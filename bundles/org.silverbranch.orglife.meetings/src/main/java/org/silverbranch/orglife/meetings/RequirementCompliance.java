package org.silverbranch.orglife.meetings;

/**
 * One required kind of meeting of a branch in a period.
 * <p>
 * Counting rule: a requirement counts in a period for each of its slots (see {@link Frequency}) that ends inside
 * the period, and a slot is met by a held meeting dated anywhere in the slot. So in a quarter view the monthly
 * items have 3 slots and the quarterly items 1; the yearly items (review meeting, member appraisal) count only in
 * the year view, in Q4 and in December, and a review meeting held in March meets the Q4 view's yearly slot.
 *
 * @param required slots of the period (the required count)
 * @param met      slots with at least one held meeting
 * @param missed   slots over (ended before today) without one
 * @param due      slots not over yet without one so far
 * @param held     held meetings of this kind in those slots (may exceed {@code met}: two in one month count once)
 */
public record RequirementCompliance(MeetingType type, Frequency frequency, int required, int met, int missed,
                                    int due, int held, ComplianceStatus status) {
}
