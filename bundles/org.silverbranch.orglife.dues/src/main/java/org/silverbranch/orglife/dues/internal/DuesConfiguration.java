package org.silverbranch.orglife.dues.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The district's dues settings, PID {@code org.silverbranch.orglife.dues}. Defaults: 中共中央组织部《关于中国共产党党费
 * 收缴、使用和管理的规定》(中组发〔2008〕3号) for retirees: a monthly pension up to 5,000 yuan pays 0.5 %, above it 1 %.
 * Rates are in basis points (1 = 0.01 %) so no setting is a floating-point number.
 */
@ObjectClassDefinition(name = "Silverbranch dues (党费)",
        description = "Rates, threshold and months of the Party dues of retirees")
public @interface DuesConfiguration {

    String PID = "org.silverbranch.orglife.dues";

    @AttributeDefinition(description = "Rate for a monthly pension up to and including the threshold, in basis "
            + "points (50 = 0.5 %)")
    int lowerRateBasisPoints() default 50;

    @AttributeDefinition(description = "Rate for a monthly pension above the threshold, in basis points (100 = 1 %)")
    int higherRateBasisPoints() default 100;

    @AttributeDefinition(description = "Threshold of the monthly pension in fen (500000 = 5,000 yuan); a pension "
            + "equal to it pays the lower rate")
    long thresholdFen() default 500_000L;

    @AttributeDefinition(description = "Smallest monthly due in fen (20 = 0.2 yuan, the smallest due of the 2008 "
            + "rules), so that a declared pension never gives a due of 0")
    long minimumMonthlyFen() default 20L;

    @AttributeDefinition(description = "First month of dues on the platform (YYYY-MM): nobody owes an earlier month, "
            + "since the platform holds no earlier records")
    String startMonth() default "2026-01";

    @AttributeDefinition(description = "How many months after the current month may be paid in advance (with the "
            + "branch's consent); 6 = half a year")
    int maxAdvanceMonths() default 6;
}
