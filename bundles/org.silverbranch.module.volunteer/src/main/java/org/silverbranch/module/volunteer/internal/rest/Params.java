package org.silverbranch.module.volunteer.internal.rest;

import java.time.LocalDate;
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
 * {@link QueryParams} for numbers and enums, plus dates ({@code 2026-11-05}) and months ({@code 2026-11}).
 */
final class Params {

    private final QueryParams params = new QueryParams();
    private final Problems problems = new Problems();

    Long toLong(String name, String value) {
        return params.toLong(name, value);
    }

    Integer toInteger(String name, String value) {
        Long number = params.toLong(name, value);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            problems.add(name, "INVALID_VALUE");
            return null;
        }
        return number == null ? null : number.intValue();
    }

    <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        return params.toEnum(name, value, type);
    }

    String toText(String value) {
        return params.toText(value);
    }

    LocalDate toDate(String name, String value) {
        String text = params.toText(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(name, "INVALID_DATE");
            return null;
        }
    }

    YearMonth toMonth(String name, String value) {
        String text = params.toText(value);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(name, "INVALID_MONTH");
            return null;
        }
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
