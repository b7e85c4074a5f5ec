package org.silverbranch.orglife.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;

/**
 * A reporting period of whole months inside one year: a year ({@code 2026}), a quarter ({@code 2026-Q4}) or a month
 * ({@code 2026-11}), the forms the API's {@code period} parameters take.
 */
public record Period(YearMonth first, YearMonth last) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

    public Period {
        if (first.getYear() != last.getYear() || first.isAfter(last)) {
            throw new IllegalArgumentException("months of one year expected: " + first + ".." + last);
        }
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        return new Period(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    /** The quarter a month lies in. */
    public static Period quarterOf(YearMonth month) {
        return quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
    }

    /**
     * @param field the parameter's name, for the error
     * @throws ServiceException {@code INVALID_PERIOD} (400) for any other text, or a year before 1921 or after 2199
     */
    public static Period parse(String field, String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw invalid(field, text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1921 || year > 2199) {
            throw invalid(field, text);
        }
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                throw invalid(field, text);
            }
            return month(YearMonth.of(year, month));
        }
        return year(year);
    }

    public int year() {
        return first.getYear();
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** {@code 2026}, {@code 2026-Q4} or {@code 2026-11}, as parsed. */
    @Override
    public String toString() {
        if (first.getMonthValue() == 1 && last.getMonthValue() == 12) {
            return Integer.toString(year());
        }
        if (first.equals(last)) {
            return first.toString();
        }
        if (last.getMonthValue() - first.getMonthValue() == 2 && first.getMonthValue() % 3 == 1) {
            return year() + "-Q" + (last.getMonthValue() / 3);
        }
        return first + ".." + last;
    }

    private static ServiceException invalid(String field, String text) {
        return ServiceException.invalid(List.of(new FieldProblem(field, "INVALID_PERIOD", List.of(String.valueOf(text)))));
    }
}
