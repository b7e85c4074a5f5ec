package org.silverbranch.orglife.oversight.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboards' percentages, one decimal, rounded half up, as exact decimals (the sources answer Double or
 * BigDecimal); null stays null: no figure is never a zero.
 */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal of(Double percent) {
        return percent == null || percent.isNaN() || percent.isInfinite() ? null
                : BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** A whole percentage 0..100 for a star criterion figure, rounded half up. */
    public static Integer whole(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        int value = percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(0, Math.min(100, value));
    }

    public static Integer whole(Double percent) {
        return whole(of(percent));
    }

    /** Fen as yuan with two decimals, exact. */
    public static BigDecimal yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2);
    }
}
