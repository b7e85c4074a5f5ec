package org.silverbranch.module.volunteer.internal.rules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class CsvTest {

    private static String text(byte[] bytes) {
        assertArrayEquals("starts with the UTF-8 BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(bytes, 3));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    public void cellsAreQuotedAsRfc4180AndNumbersWrittenAsThey() {
        byte[] bytes = new Csv().row("王秀兰", "a,b", "say \"hi\"", "two\nlines", 90, null).toBytes();
        assertEquals("王秀兰,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",90,\r\n", text(bytes));
    }

    @Test
    public void textThatExcelWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(1)", Csv.escape("=HYPERLINK(1)"));
        assertEquals("'+1", Csv.escape("+1"));
        assertEquals("'-1", Csv.escape("-1"));
        assertEquals("'@SUM(A1)", Csv.escape("@SUM(A1)"));
        assertEquals("\"'=1,2\"", Csv.escape("=1,2"));
        assertEquals("-5", new String(new Csv().row(-5).toBytes(), 3, 2, StandardCharsets.UTF_8));
    }

    @Test
    public void theHoursExportHasChineseHeadersAndHoursWithTwoDecimals() {
        byte[] bytes = HoursCsv.write(List.of(new HoursCsv.Row(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0),
                LocalTime.of(10, 20), "天鹅湖爱心义剪队", "爱心义剪", "天鹅湖社区", "活动室", 7L, "王秀兰", 80, "admin",
                Instant.parse("2026-11-10T03:00:00Z"))), ZoneId.of("Asia/Shanghai"));

        String[] lines = text(bytes).split("\r\n");
        assertEquals(String.join(",", HoursCsv.HEADER), lines[0]);
        assertEquals("日期,开始时间,结束时间,服务队,服务项目,社区,地点,党员编号,姓名,时长（分钟）,时长（小时）,审核人,审核时间", lines[0]);
        assertEquals("2026-11-10,09:00,10:20,天鹅湖爱心义剪队,爱心义剪,天鹅湖社区,活动室,7,王秀兰,80,1.33,admin,2026-11-10 11:00",
                lines[1]);
    }
}
