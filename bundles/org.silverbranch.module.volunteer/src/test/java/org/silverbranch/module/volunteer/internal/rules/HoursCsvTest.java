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
import org.silverbranch.core.rest.Csv;

/** The hours export (the CSV rules themselves are tested with the core's {@link Csv}). */
public class HoursCsvTest {

    @Test
    public void theHoursExportHasChineseHeadersAndHoursWithTwoDecimals() {
        byte[] bytes = HoursCsv.write(List.of(new HoursCsv.Row(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0),
                LocalTime.of(10, 20), "天鹅湖爱心义剪队", "爱心义剪", "天鹅湖社区", "活动室", 7L, "王秀兰", 80, "admin",
                Instant.parse("2026-11-10T03:00:00Z"))), ZoneId.of("Asia/Shanghai"));

        assertArrayEquals("starts with the UTF-8 BOM", Csv.bom(), Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", HoursCsv.HEADER), lines[0]);
        assertEquals("日期,开始时间,结束时间,服务队,服务项目,社区,地点,党员编号,姓名,时长（分钟）,时长（小时）,审核人,审核时间", lines[0]);
        assertEquals("2026-11-10,09:00,10:20,天鹅湖爱心义剪队,爱心义剪,天鹅湖社区,活动室,7,王秀兰,80,1.33,admin,2026-11-10 11:00",
                lines[1]);
    }
}
