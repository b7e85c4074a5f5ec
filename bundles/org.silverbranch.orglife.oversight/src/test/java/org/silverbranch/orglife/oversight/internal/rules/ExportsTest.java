package org.silverbranch.orglife.oversight.internal.rules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.oversight.BranchRow;
import org.silverbranch.orglife.oversight.StreetRow;
import org.silverbranch.orglife.oversight.WatchAction;
import org.silverbranch.orglife.oversight.WatchFlag;
import org.silverbranch.orglife.oversight.WatchLevel;
import org.silverbranch.orglife.oversight.WatchReason;
import org.silverbranch.orglife.oversight.internal.Samples;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.RectificationStatus;

public class ExportsTest {

    private static List<String> lines(byte[] csv) {
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }

    @Test
    public void theWatchListInChineseWithOneLinePerFlag() {
        List<String> lines = lines(Exports.watch(List.of(new WatchFlag(12, "=王秀兰", 3L, "天鹅湖, 一支部", "230109002",
                ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 4, 10), WatchReason.NO_DUES, 5,
                YearMonth.of(2026, 6), WatchLevel.CRITICAL, WatchAction.REMOTE_CONTACT, null,
                YearMonth.of(2026, 5)))));
        assertEquals("级别,原因,月数,起算月份,党员编号,姓名,支部编号,支部,居住状态,预计返回,最近参加组织生活,最近交纳党费月份,建议措施",
                lines.get(0));
        // a name that Excel would run as a formula is made text; a comma is quoted
        assertEquals("严重,未交纳党费,5,2026-06,12,'=王秀兰,3,\"天鹅湖, 一支部\",候鸟外出,2027-04-10,,2026-05,远程联系",
                lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    public void healthHasOneLinePerSuggestion() {
        List<String> lines = lines(Exports.health(List.of(Samples.health(1, "北岸明珠", HealthRule.MERGE,
                HealthRule.SECRETARY_VACANT), Samples.health(2, "天鹅湖"))));
        assertEquals(3, lines.size());
        assertEquals("1,北岸明珠,230109002004,2,2,0,,,化并转（正式党员不足）,fullMemberCount < 3,"
                + HealthRule.MERGE.source(), lines.get(1));
    }

    @Test
    public void returnsAndTasks() {
        List<String> returns = lines(Exports.returns(List.of(Samples.away(5, "张桂英", LocalDate.of(2026, 11, 20),
                true, 5))));
        assertEquals("5,张桂英,1,天鹅湖社区离退休干部党支部,候鸟外出,海南****,2026-11-02,2026-11-20,是,5", returns.get(1));
        List<String> tasks = lines(Exports.rectifications(List.of(Samples.task(8, 3, RectificationStatus.OPEN,
                LocalDate.of(2026, 10, 1), true, 55))));
        assertEquals("8,3,支部3,2026-09-01,'=会议记录不全,2026-10-01,王秀兰,55", tasks.get(1));
    }

    @Test
    public void dashboardLinesWithPercentagesAndYuan() {
        List<String> branches = lines(Exports.branches(List.of(
                new BranchRow(3L, "天鹅湖", ComplianceStatus.MISSED, 5, 2, new BigDecimal("71.4"),
                        new BigDecimal("83.5"), new BigDecimal("80.0"), 4_950L, null, 0),
                new BranchRow(null, null, null, null, null, null, new BigDecimal("0.0"), new BigDecimal("0.0"),
                        1_000L, null, 0))));
        assertEquals("3,天鹅湖,未达标,5,2,71.4,83.5,80.0,49.50,,0", branches.get(1));
        assertEquals(",未编入支部的党员,,,,,0.0,0.0,10.00,,0", branches.get(2));
        List<String> streets = lines(Exports.streets(List.of(new StreetRow("230109002", "太阳岛街道", 40, 6,
                new BigDecimal("80.3"), null, null, null, new BigDecimal("60.0"), 300,
                Map.of(1, 1L, 2, 2L, 3, 10L, 4, 5L, 5, 1L), 7, 3))));
        assertEquals("230109002,太阳岛街道,40,6,80.3,,,,60.0,300,1,2,10,5,1,7,3", streets.get(1));
    }
}
