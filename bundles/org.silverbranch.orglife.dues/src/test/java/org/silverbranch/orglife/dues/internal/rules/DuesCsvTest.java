package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.api.Period;

/** The arrears lists (the CSV rules themselves are tested with the core's {@link Csv}). */
public class DuesCsvTest {

    @Test
    public void theArrearsListHasABomYuanAndUnknownForAnUndeclaredPension() {
        MemberLine known = MemberLine.of(new MemberFacts(1, "王秀兰", 11L, "230109002", true, LocalDate.of(1975, 7, 1),
                499_999L, null), PaidSummary.NONE, Period.year(2026), YearMonth.of(2026, 2), DuesSettings.DEFAULTS);
        MemberLine unknown = MemberLine.of(new MemberFacts(2, "@李建国", 11L, "230109002", true, null, null, null),
                PaidSummary.NONE, Period.year(2026), YearMonth.of(2026, 2), DuesSettings.DEFAULTS);
        byte[] bytes = DuesCsv.members(List.of(known, unknown), id -> "天鹅湖社区离退休干部党支部");
        assertArrayEquals(Csv.bom(), Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("1,王秀兰,天鹅湖社区离退休干部党支部,在册,是,25.00,2,0,0.00,2,50.00,,2", lines[1]);
        assertEquals("2,'@李建国,天鹅湖社区离退休干部党支部,在册,否," + DuesCsv.UNKNOWN + ",2,0,0.00,2,"
                + DuesCsv.UNKNOWN + ",,2", lines[2]);
    }
}
