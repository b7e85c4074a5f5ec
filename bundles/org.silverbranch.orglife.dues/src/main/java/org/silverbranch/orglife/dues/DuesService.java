package org.silverbranch.orglife.dues;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * A member's dues: the months of a year, payments, the voluntary monthly amount. The member is looked up through the
 * core's member service with the caller (another street's member: 404 {@code MEMBER_NOT_FOUND}); writes need write
 * access to the member's branch (403 {@code FORBIDDEN} otherwise). Every write is audited.
 */
@ProviderType
public interface DuesService {

    /** @throws ServiceException {@code MEMBER_NOT_FOUND} (404) */
    MemberDues memberDues(Caller caller, long memberId, int year);

    /**
     * Records a payment in one transaction.
     *
     * @throws ServiceException 400 {@code VALIDATION_FAILED} with field problems (amount not above 0, amount not the
     *                          sum of the months' dues: {@code AMOUNT_MISMATCH}, a month before the obligation starts:
     *                          {@code MONTH_BEFORE_OBLIGATION}, too far ahead: {@code MONTH_TOO_FAR_AHEAD}, no
     *                          pension declared: {@code PENSION_NOT_DECLARED}, proxy name, advance consent, ...);
     *                          409 {@code MONTH_ALREADY_PAID} with the field {@code months[i]} naming the month;
     *                          409 {@code MEMBER_NOT_ACTIVE} for a member transferred out or deceased
     */
    Payment recordPayment(Caller caller, long memberId, PaymentInput input);

    /** The member's payments, newest paid first; of one year of {@code paidOn} when {@code year} is not null. */
    List<Payment> payments(Caller caller, long memberId, Integer year);

    /**
     * Sets or removes (null) the member's voluntary monthly amount.
     *
     * @throws ServiceException 400 {@code VOLUNTARY_BELOW_DUE} or {@code PENSION_NOT_DECLARED} on
     *                          {@code voluntaryMonthlyFen}; 409 {@code STALE_VERSION}
     */
    VoluntaryAmount setVoluntary(Caller caller, long memberId, VoluntaryInput input);

    /** The standard monthly due of a pension by the district's current settings; null for null. */
    Long standardMonthlyDue(Long monthlyPensionFen);
}
