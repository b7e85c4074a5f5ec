package org.silverbranch.orglife.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.Test;
import org.silverbranch.core.api.ServiceException;

public class PeriodTest {

    @Test
    public void aQuarterRunsFromItsFirstDayToItsLast() {
        Period q4 = Period.parse("period", "2026-Q4");
        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2026, 12, 31), q4.end());
        assertEquals(3, q4.months().size());
        assertFalse(q4.contains(LocalDate.of(2026, 9, 30)));
        assertTrue(q4.contains(LocalDate.of(2026, 10, 1)));
        assertEquals("2026-Q4", q4.toString());
    }

    @Test
    public void yearsAndMonthsReadBackAsWritten() {
        assertEquals("2026", Period.parse("year", "2026").toString());
        assertEquals(12, Period.parse("year", "2026").months().size());
        assertEquals("2026-02", Period.parse("period", "2026-02").toString());
        assertEquals(LocalDate.of(2028, 2, 29), Period.parse("period", "2028-02").end());
        assertEquals(Period.quarter(2026, 3), Period.quarterOf(YearMonth.of(2026, 9)));
    }

    @Test
    public void anythingElseIsA400NamingTheParameter() {
        for (String text : new String[] {null, "", "2026-Q5", "2026-13", "2026-00", "26-Q1", "1900", "2026Q4", "x"}) {
            try {
                Period.parse("period", text);
                fail("accepted " + text);
            } catch (ServiceException e) {
                assertEquals(400, e.kind().httpStatus());
                assertEquals("period", e.fields().get(0).field());
                assertEquals("INVALID_PERIOD", e.fields().get(0).code());
            }
        }
    }
}
