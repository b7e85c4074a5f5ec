package org.silverbranch.orglife.oversight;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a street's organization staff should act on now (issue 5, item 12): the six-month watch, branch health
 * suggestions, returns due this month and overdue rectifications, each with its counts.
 *
 * @param month the month of the returns due (today's)
 */
public record StreetAlerts(String streetCode, String streetName, LocalDate asOf, YearMonth month, WatchList watch,
                           HealthAlerts branchHealth, ReturnAlerts returnsDue,
                           RectificationAlerts overdueRectifications) {
}
