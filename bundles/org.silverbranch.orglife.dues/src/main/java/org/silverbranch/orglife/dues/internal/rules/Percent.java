package org.silverbranch.orglife.dues.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share in percent with one decimal, rounded half up, from integers (no floating point). */
public final class Percent {

    private Percent() {
    }

    /** null when {@code whole} is 0 (nothing due: no rate to speak of). */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
