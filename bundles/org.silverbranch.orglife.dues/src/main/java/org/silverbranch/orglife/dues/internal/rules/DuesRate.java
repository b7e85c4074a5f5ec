package org.silverbranch.orglife.dues.internal.rules;

/**
 * The standard monthly due of a retiree (中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》, 中组发〔2008〕3号,
 * 第三条: 离退休干部、职工党员 pay on their monthly pension, 0.5 % up to 5,000 yuan and 1 % above it).
 *
 * <p>Rounding: the exact due {@code pension × rate} is rounded half up to the whole fen, in integer arithmetic only
 * (4,999.99 yuan × 0.5 % = 24.99995 yuan → 25.00 yuan; 5,000.01 yuan × 1 % = 50.0001 yuan → 50.00 yuan). The result
 * is never below the district's minimum monthly due.
 */
public final class DuesRate {

    private static final long BASIS = 10_000L;

    private DuesRate() {
    }

    /** @return the due in fen; null when the pension is unknown (null) */
    public static Long standardDue(Long monthlyPensionFen, DuesSettings settings) {
        if (monthlyPensionFen == null) {
            return null;
        }
        if (monthlyPensionFen < 0) {
            throw new IllegalArgumentException("negative pension");
        }
        int rate = monthlyPensionFen <= settings.thresholdFen()
                ? settings.lowerRateBasisPoints() : settings.higherRateBasisPoints();
        long due = roundHalfUp(monthlyPensionFen * rate, BASIS);
        return Math.max(due, settings.minimumMonthlyFen());
    }

    /** {@code numerator / denominator} rounded half up, both not negative. */
    static long roundHalfUp(long numerator, long denominator) {
        return Math.addExact(numerator, denominator / 2) / denominator;
    }

    /** What the member pays each month: the voluntary amount when set, else the standard due (null if unknown). */
    public static Long monthlyDue(Long standardDue, Long voluntaryMonthlyFen) {
        return voluntaryMonthlyFen != null ? voluntaryMonthlyFen : standardDue;
    }
}
