package org.silverbranch.orglife.dues.internal.rules;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The district's dues settings, checked. Source of the defaults: 中组发〔2008〕3号 (see {@link DuesRate}).
 *
 * @param lowerRateBasisPoints  rate up to and including the threshold (1 basis point = 0.01 %)
 * @param higherRateBasisPoints rate above the threshold
 * @param thresholdFen          the threshold of the monthly pension
 * @param minimumMonthlyFen     the smallest monthly due
 * @param startMonth            the first month anyone owes on the platform
 * @param maxAdvanceMonths      months after the current one that may be paid in advance
 */
public record DuesSettings(int lowerRateBasisPoints, int higherRateBasisPoints, long thresholdFen,
                           long minimumMonthlyFen, YearMonth startMonth, int maxAdvanceMonths) {

    public static final DuesSettings DEFAULTS = new DuesSettings(50, 100, 500_000L, 20L, YearMonth.of(2026, 1), 6);

    public DuesSettings {
        if (lowerRateBasisPoints < 0 || lowerRateBasisPoints > 10_000 || higherRateBasisPoints < 0
                || higherRateBasisPoints > 10_000) {
            throw new IllegalArgumentException("rates must be 0..10000 basis points");
        }
        if (thresholdFen < 0 || minimumMonthlyFen < 0 || maxAdvanceMonths < 0 || maxAdvanceMonths > 24) {
            throw new IllegalArgumentException("threshold and minimum must be >= 0, maxAdvanceMonths 0..24");
        }
        if (startMonth == null) {
            throw new IllegalArgumentException("startMonth is required");
        }
    }

    /** @throws IllegalArgumentException for a bad month or value */
    public static DuesSettings of(int lower, int higher, long threshold, long minimum, String startMonth,
                                  int maxAdvance) {
        YearMonth start;
        try {
            start = YearMonth.parse(startMonth == null ? "" : startMonth.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("startMonth must be YYYY-MM: " + startMonth, e);
        }
        return new DuesSettings(lower, higher, threshold, minimum, start, maxAdvance);
    }
}
