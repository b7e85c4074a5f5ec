package org.silverbranch.orglife.dues;

import java.time.LocalDate;

/**
 * A branch's spending of returned dues.
 *
 * @param amountFen      more than 0, at most the branch's balance (409 {@code INSUFFICIENT_BALANCE} otherwise)
 * @param spentOn        not in the future
 * @param purpose        what it paid for, up to 200 characters
 * @param approvedBy     who approved it (e.g. the branch committee), up to 50 characters
 * @param balanceVersion optional: the balance's {@code version} read; when given and no longer current, 409
 *                       {@code STALE_VERSION} (someone else recorded a return or expense in between)
 */
public record ExpenseInput(Long amountFen, LocalDate spentOn, String purpose, String approvedBy, String note,
                           Long balanceVersion) {
}
