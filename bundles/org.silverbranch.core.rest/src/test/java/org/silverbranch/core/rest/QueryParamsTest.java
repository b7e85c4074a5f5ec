package org.silverbranch.core.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.ResidencyStatus;

public class QueryParamsTest {

    @Test
    public void enumsAreReadCaseInsensitively() {
        QueryParams params = new QueryParams();

        assertEquals(ResidencyStatus.AWAY_SEASONAL, params.toEnum("residency", " away_seasonal ", ResidencyStatus.class));
        assertNull(params.toEnum("residency", "", ResidencyStatus.class));
        assertNull(params.toEnum("residency", null, ResidencyStatus.class));
        assertEquals(List.of(), params.problems());
        params.throwIfInvalid();
    }

    @Test
    public void badEnumIsInvalidValueWithTheAllowedValues() {
        QueryParams params = new QueryParams();

        assertNull(params.toEnum("status", "GONE", MemberStatus.class));

        assertEquals(List.of(new FieldProblem("status", "INVALID_VALUE", List.of("ACTIVE, TRANSFERRED_OUT, DECEASED"))),
                params.problems());
    }

    @Test
    public void numbersAndBooleans() {
        QueryParams params = new QueryParams();

        assertEquals(Long.valueOf(42), params.toLong("branch", "42"));
        assertNull(params.toLong("branch", " "));
        assertEquals(3, params.toInt("page", "3", 0));
        assertEquals(50, params.toInt("size", null, 50));
        assertEquals(Boolean.TRUE, params.toBoolean("retiree", "TRUE"));
        assertEquals(Boolean.FALSE, params.toBoolean("retiree", "false"));
        assertEquals("王", params.toText(" 王 "));
        assertNull(params.toText("  "));
        assertEquals(List.of(), params.problems());
    }

    @Test
    public void everyBadParameterIsReportedAtOnce() {
        QueryParams params = new QueryParams();
        params.toLong("branch", "12a");
        params.toInt("page", "first", 0);
        params.toInt("size", "99999999999", 50);
        params.toBoolean("retiree", "yes");

        try {
            params.throwIfInvalid();
            fail("bad parameters must fail");
        } catch (ServiceException e) {
            assertEquals("VALIDATION_FAILED", e.code());
            assertEquals(400, e.kind().httpStatus());
            assertEquals(List.of("branch", "page", "size", "retiree"),
                    e.fields().stream().map(FieldProblem::field).toList());
            assertEquals("INVALID_VALUE", e.fields().get(0).code());
            assertEquals(List.of("true, false"), e.fields().get(3).args());
        }
    }

    @Test
    public void integersDatesAndMonths() {
        QueryParams params = new QueryParams();

        assertEquals(Integer.valueOf(2026), params.toInteger("year", " 2026 "));
        assertNull(params.toInteger("year", ""));
        assertEquals(LocalDate.of(2026, 11, 5), params.toDate("from", "2026-11-05"));
        assertNull(params.toDate("from", null));
        assertEquals(YearMonth.of(2026, 11), params.toMonth("month", "2026-11 "));
        assertNull(params.toMonth("month", " "));
        assertEquals(List.of(), params.problems());
    }

    @Test
    public void badIntegersDatesAndMonthsAreReportedInTheOrderRead() {
        QueryParams params = new QueryParams();

        assertNull(params.toInteger("days", "99999999999"));
        assertNull(params.toInteger("minutes", "ten"));
        assertNull(params.toDate("from", "2026-13-01"));
        assertNull(params.toDate("to", "soon"));
        assertNull(params.toMonth("month", "2026-11-05"));
        assertNull(params.toEnum("status", "LATE", MemberStatus.class));
        // years ISO accepts but no date arithmetic or database takes
        assertNull(params.toDate("until", "+999999999-12-31"));
        assertNull(params.toMonth("since", "0001-01"));

        assertEquals(List.of("days:INVALID_VALUE", "minutes:INVALID_VALUE", "from:INVALID_DATE", "to:INVALID_DATE",
                        "month:INVALID_MONTH", "status:INVALID_VALUE", "until:INVALID_DATE", "since:INVALID_MONTH"),
                params.problems().stream().map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    public void allowedValuesAreListedInDeclarationOrder() {
        assertEquals("RESIDENT, AWAY_SEASONAL, AWAY_LONG_TERM", QueryParams.allowedValues(ResidencyStatus.class));
    }
}
