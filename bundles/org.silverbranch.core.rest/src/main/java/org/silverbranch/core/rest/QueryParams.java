package org.silverbranch.core.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;

/**
 * Converts string request parameters and collects every bad one, so the user sees all wrong parameters at once:
 * <pre>
 * QueryParams params = new QueryParams();
 * Long branch = params.toLong("branch", branchText);
 * MemberStatus status = params.toEnum("status", statusText, MemberStatus.class);
 * params.throwIfInvalid();
 * </pre>
 * A blank value counts as absent. A bad value becomes field code {@code INVALID_VALUE} named after the parameter
 * ({@code INVALID_DATE} for a date, {@code INVALID_MONTH} for a month); for an enum the allowed values are the message
 * argument. Problems are listed in the order the parameters were read. Not thread-safe; one per request.
 */
public final class QueryParams {

    /**
     * Dates and months outside these years are refused: no record of the platform reaches further, ISO parsing
     * accepts years like +999999999 that date arithmetic and the databases cannot take (a 500 instead of a 400).
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private final Problems problems = new Problems();

    /** The enum constant named by the value (case-insensitive), or null when blank. */
    public <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name, "INVALID_VALUE", allowedValues(type));
            return null;
        }
    }

    /** The number, or null when blank. */
    public Long toLong(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(name, "INVALID_VALUE");
            return null;
        }
    }

    /** The number, or {@code whenAbsent} when blank or bad (a bad value is still reported). */
    public int toInt(String name, String value, int whenAbsent) {
        if (isBlank(value)) {
            return whenAbsent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(name, "INVALID_VALUE");
            return whenAbsent;
        }
    }

    /** The number, or null when blank; one beyond the {@code int} range is bad. */
    public Integer toInteger(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(name, "INVALID_VALUE");
            return null;
        }
    }

    /** An ISO date ({@code 2026-11-05}), or null when blank; a bad one is {@code INVALID_DATE}. */
    public LocalDate toDate(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        problems.add(name, "INVALID_DATE");
        return null;
    }

    /** An ISO month ({@code 2026-11}), or null when blank; a bad one is {@code INVALID_MONTH}. */
    public YearMonth toMonth(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        problems.add(name, "INVALID_MONTH");
        return null;
    }

    /** {@code true} or {@code false} (case-insensitive), or null when blank. */
    public Boolean toBoolean(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        problems.add(name, "INVALID_VALUE", "true, false");
        return null;
    }

    /** The value stripped, or null when blank. */
    public String toText(String value) {
        return isBlank(value) ? null : value.strip();
    }

    public List<FieldProblem> problems() {
        return problems.list();
    }

    /** @throws ServiceException {@code VALIDATION_FAILED} (400) naming every bad parameter */
    public void throwIfInvalid() {
        problems.throwIfAny();
    }

    /** The names of an enum's constants as shown to users, e.g. {@code FULL, PROBATIONARY}. */
    public static String allowedValues(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
