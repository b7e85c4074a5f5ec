package org.silverbranch.orglife.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The body of {@code POST /members/{id}/subsidies/payments}: the months paid (each due, none paid before, none after
 * the month of {@code paidOn}), the day paid (default today, not in the future) and a note (at most 500 characters).
 * The amount of each month is the amount due.
 */
public record SubsidyPaymentInput(List<YearMonth> months, LocalDate paidOn, String note) {
}
