package org.silverbranch.orglife.dues.internal.rules;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Months as stored: an integer {@code yyyymm} (202601), sortable and comparable in portable SQL. */
public final class Months {

    private Months() {
    }

    public static int code(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth of(int code) {
        return YearMonth.of(code / 100, code % 100);
    }

    /** Months from {@code first} to {@code last}, both included; 0 when {@code last} is before {@code first}. */
    public static int countInclusive(YearMonth first, YearMonth last) {
        return last.isBefore(first) ? 0 : (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    public static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    public static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    /** 2026年3月 */
    public static String chinese(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
