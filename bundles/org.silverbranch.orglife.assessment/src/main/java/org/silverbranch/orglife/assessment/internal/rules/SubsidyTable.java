package org.silverbranch.orglife.assessment.internal.rules;

import java.util.EnumMap;
import java.util.Map;

import org.silverbranch.orglife.assessment.SecretaryGrade;

/**
 * The district's monthly subsidy of a branch secretary by the grade of their assessment, in fen; every grade has an
 * amount from 0 to {@value #MAX_MONTHLY_FEN} (10,000 yuan).
 */
public final class SubsidyTable {

    public static final long MAX_MONTHLY_FEN = 1_000_000;

    private final Map<SecretaryGrade, Long> monthlyFen;

    public SubsidyTable(Map<SecretaryGrade, Long> monthlyFen) {
        Map<SecretaryGrade, Long> copy = new EnumMap<>(SecretaryGrade.class);
        for (SecretaryGrade grade : SecretaryGrade.values()) {
            Long amount = monthlyFen.get(grade);
            if (amount == null || amount < 0 || amount > MAX_MONTHLY_FEN) {
                throw new IllegalArgumentException("monthly subsidy of " + grade + " must be 0.." + MAX_MONTHLY_FEN
                        + " fen: " + amount);
            }
            copy.put(grade, amount);
        }
        this.monthlyFen = copy;
    }

    public long monthlyFen(SecretaryGrade grade) {
        return monthlyFen.get(grade);
    }
}
