package org.silverbranch.orglife.dues.internal.rules;

import java.time.YearMonth;

/**
 * A member's paid months as the database sums them for a period.
 *
 * @param dueMonths           paid months of the period up to the current month
 * @param dueFen              paid for them
 * @param advanceMonths       paid months of the period after the current month
 * @param advanceFen          paid for them
 * @param lastPaidUpToCurrent the latest paid month not after the current month
 * @param lastPaid            the latest paid month
 */
public record PaidSummary(int dueMonths, long dueFen, int advanceMonths, long advanceFen,
                          YearMonth lastPaidUpToCurrent, YearMonth lastPaid) {

    public static final PaidSummary NONE = new PaidSummary(0, 0, 0, 0, null, null);
}
