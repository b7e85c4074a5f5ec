package org.silverbranch.orglife.supervision.internal.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.QueryParams;

/**
 * String query parameters to values, every bad one reported at once (400 {@code VALIDATION_FAILED}): the core's
 * {@link QueryParams} for booleans and enums, plus months ({@code 2026-11}, field code {@code INVALID_PERIOD}).
 */
final class Params {

    private final QueryParams params = new QueryParams();
    private final Problems problems = new Problems();

    <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        return params.toEnum(name, value, type);
    }

    Boolean toBoolean(String name, String value) {
        return params.toBoolean(name, value);
    }

    YearMonth toMonth(String name, String value, YearMonth whenAbsent) {
        String text = params.toText(value);
        if (text == null) {
            return whenAbsent;
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() >= 1921 && month.getYear() <= 2199) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(name, "INVALID_PERIOD", text);
        return whenAbsent;
    }

    /** @throws ServiceException {@code VALIDATION_FAILED} (400) naming every bad parameter */
    void throwIfInvalid() {
        List<FieldProblem> all = new ArrayList<>(params.problems());
        all.addAll(problems.list());
        if (!all.isEmpty()) {
            throw ServiceException.invalid(all);
        }
    }
}
