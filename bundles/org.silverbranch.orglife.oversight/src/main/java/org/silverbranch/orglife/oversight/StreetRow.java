package org.silverbranch.orglife.oversight;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One street's line of the district dashboard. Percentages with one decimal, null where there is no figure.
 *
 * @param branches             retiree branches in the compliance roll-up
 * @param branchesMissed       of them, with a required meeting missed
 * @param stars                confirmed star ratings of the period's year, 1..5 → branches (every key present)
 * @param openRectifications   OPEN tasks, overdue ones included
 * @param overdueRectifications OPEN tasks past their deadline
 */
public record StreetRow(String streetCode, String name, int branches, int branchesMissed,
                        BigDecimal compliancePercent, BigDecimal duesCollectionPercent,
                        BigDecimal duesMonthsPaidPercent, Long duesOwedFen, BigDecimal participationPercent,
                        long meetingsHeld, Map<Integer, Long> stars, long openRectifications,
                        long overdueRectifications) {

    public StreetRow {
        stars = Map.copyOf(stars);
    }
}
