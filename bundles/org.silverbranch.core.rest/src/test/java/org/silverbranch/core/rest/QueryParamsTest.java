package org.silverbranch.core.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

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
    public void allowedValuesAreListedInDeclarationOrder() {
        assertEquals("RESIDENT, AWAY_SEASONAL, AWAY_LONG_TERM", QueryParams.allowedValues(ResidencyStatus.class));
    }
}
