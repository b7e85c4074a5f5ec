package org.silverbranch.orglife.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A payment to record.
 *
 * @param months         the months paid for, each once, none paid already, none before the member's obligation
 *                       starts, none more than the district's {@code maxAdvanceMonths} after the current month
 * @param amountFen      exactly the sum of the months' dues (the member's monthly due, or the voluntary amount when
 *                       one is set); an overpayment is refused, a higher amount is set as the voluntary amount first
 * @param method         how it was paid
 * @param paidOn         the day it was paid, not in the future
 * @param paidBy         the member or a proxy
 * @param proxyName      the proxy's name, required for {@code FAMILY} and {@code SPECIALIST}, absent for {@code SELF}
 * @param advanceConsent required when a month is after the current month
 * @param note           up to 200 characters, optional
 */
public record PaymentInput(List<YearMonth> months, Long amountFen, PaymentMethod method, LocalDate paidOn,
                           PaidBy paidBy, String proxyName, AdvanceConsent advanceConsent, String note) {
}
