package org.silverbranch.core.api.module;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a member's ledger (台账), from the core or a module.
 *
 * @param source   {@code core} or the module id
 * @param kind     what happened, e.g. {@code TRANSFER}, {@code VOLUNTEER_HOURS}
 * @param title    a line for people, in Chinese, e.g. 爱心义剪 志愿服务 2 小时
 * @param quantity an amount where there is one (hours, yuan), with its {@code unit}; null otherwise
 */
public record LedgerEntry(String source, LocalDate date, String kind, String title, BigDecimal quantity,
                          String unit) {
}
