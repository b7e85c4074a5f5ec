package org.silverbranch.orglife.dues.internal.rest;

import java.time.Clock;
import java.time.LocalDate;

import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.orglife.api.Period;

/** The query parameters of the dues endpoints: {@code year} (default: this year) or {@code period}. */
final class Params {

    static final int FIRST_YEAR = 1921;
    static final int LAST_YEAR = 2199;

    private Params() {
    }

    /** {@code year} (1921..2199), this year when absent. @throws ServiceException 400 */
    static int year(String year, Clock clock) {
        QueryParams params = new QueryParams();
        int y = params.toInt("year", year, LocalDate.now(clock).getYear());
        params.throwIfInvalid();
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw ServiceException.invalid(new Problems().add("year", "OUT_OF_RANGE", FIRST_YEAR, LAST_YEAR).list());
        }
        return y;
    }

    /** An optional year (payments, returns, expenses of one year). */
    static Integer optionalYear(String year, Clock clock) {
        return year == null || year.isBlank() ? null : year(year, clock);
    }

    /** {@code period} (2026, 2026-Q4, 2026-11) when given, else the whole {@code year}. */
    static Period period(String period, String year, Clock clock) {
        if (period != null && !period.isBlank()) {
            return Period.parse("period", period);
        }
        return Period.year(year(year, clock));
    }
}
