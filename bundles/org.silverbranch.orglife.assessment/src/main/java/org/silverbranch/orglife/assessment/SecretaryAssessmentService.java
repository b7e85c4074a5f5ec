package org.silverbranch.orglife.assessment;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Yearly assessment of branch secretaries (支部书记考核) and their monthly subsidy (补贴). The assessment of year Y sets
 * the monthly subsidy of each month of Y + 1 in which the member is the branch's secretary, from the district table
 * keyed by grade. Assessments and payments are written by the district admin and the admin of the branch's street.
 */
@ProviderType
public interface SecretaryAssessmentService {

    /**
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code FORBIDDEN} (403), {@code VALIDATION_FAILED}
     *                          (400: {@code NO_SECRETARY}, {@code NOT_SECRETARY}, year, grade, date),
     *                          {@code ASSESSMENT_EXISTS} (409)
     */
    SecretaryAssessment assess(Caller caller, long organizationId, SecretaryAssessmentInput input);

    /** The branch's assessments, newest year first. */
    List<SecretaryAssessment> ofBranch(Caller caller, long organizationId);

    /** The member's subsidy ledger of the year. @throws ServiceException {@code MEMBER_NOT_FOUND} (404) */
    SubsidyLedger ledger(Caller caller, long memberId, int year);

    /**
     * Records the payment of months of the member's subsidy, all or none.
     *
     * @throws ServiceException {@code VALIDATION_FAILED} (400: {@code MONTH_NOT_DUE_NOT_ASSESSED}, {@code MONTH_NOT_DUE_NOT_SECRETARY},
     *                          {@code MONTH_NOT_DUE_ZERO_AMOUNT}, {@code MONTH_IN_FUTURE}),
     *                          {@code MONTH_ALREADY_PAID} (409)
     */
    List<SubsidyPayment> pay(Caller caller, long memberId, SubsidyPaymentInput input);

    /** The street's secretaries' subsidies of the year (street and district roles). */
    StreetSubsidies ofStreet(Caller caller, String streetCode, int year);
}
