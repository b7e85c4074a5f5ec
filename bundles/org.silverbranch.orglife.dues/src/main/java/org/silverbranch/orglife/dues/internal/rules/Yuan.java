package org.silverbranch.orglife.dues.internal.rules;

import java.math.BigDecimal;

/** Fen as yuan with two decimals, for people (CSV, ledger); exact, from the integer. */
public final class Yuan {

    private Yuan() {
    }

    public static BigDecimal of(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static BigDecimal of(Long fen) {
        return fen == null ? null : of(fen.longValue());
    }
}
