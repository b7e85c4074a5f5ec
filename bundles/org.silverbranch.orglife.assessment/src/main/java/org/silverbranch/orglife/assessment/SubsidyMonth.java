package org.silverbranch.orglife.assessment;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of a secretary's subsidy ledger.
 *
 * @param status         DUE (owed, not paid), PAID, UPCOMING (a month still to come, with the amount it will
 *                       bring; not counted as due), or NOT_DUE with {@code reason}
 * @param reason         for NOT_DUE: {@code NOT_ASSESSED} (no assessment of the year before), {@code NOT_SECRETARY}
 *                       (not in office that month), {@code ZERO_AMOUNT} (the grade's amount is 0)
 * @param organizationId the branch the subsidy is for, null when NOT_DUE for want of an assessment
 * @param grade          the grade of the assessment that set the amount
 */
public record SubsidyMonth(YearMonth month, Status status, String reason, Long organizationId, SecretaryGrade grade,
                           long dueFen, long paidFen, LocalDate paidOn) {

    public enum Status {
        DUE,
        PAID,
        UPCOMING,
        NOT_DUE
    }
}
