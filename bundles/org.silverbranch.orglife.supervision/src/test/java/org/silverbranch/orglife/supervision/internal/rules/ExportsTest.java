package org.silverbranch.orglife.supervision.internal.rules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;

public class ExportsTest {

    private static String[] lines(byte[] csv) {
        assertArrayEquals(Csv.bom(), Arrays.copyOf(csv, 3));
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
    }

    @Test
    public void rectificationsHaveChineseHeadersAndAFormulaSafeDescription() {
        Rectification r = new Rectification(7L, 0L, 3L, 11L, "天鹅湖社区离退休干部党支部", "230109002",
                LocalDate.of(2026, 11, 3), "=HYPERLINK(\"x\")", LocalDate.of(2026, 11, 4), null, "张书记",
                RectificationStatus.OPEN, null, null, null, true, 1);
        String[] lines = lines(Exports.rectifications(List.of(r)));
        assertEquals(String.join(",", Exports.RECTIFICATION_HEADER), lines[0]);
        assertEquals("7,230109002,11,天鹅湖社区离退休干部党支部,2026-11-03,\"'=HYPERLINK(\"\"x\"\")\",2026-11-04,张书记,整改中,是,1,,,",
                lines[1]);
    }

    @Test
    public void healthHasOneLinePerSuggestionAndOneForAHealthyBranch() {
        BranchHealth sick = new BranchHealth(11L, "天鹅湖", OrganizationType.BRANCH, "230109002", "230109002004",
                LocalDate.of(2026, 11, 5), 2, 2, 0, null, null, null, List.of(
                new HealthSuggestion(HealthRule.MERGE, Map.of("fullMemberCount", "2"), "fullMemberCount < 3", "src"),
                new HealthSuggestion(HealthRule.SECRETARY_VACANT, Map.of("secretaries", "0"), "secretaries < 1", "src")));
        BranchHealth well = new BranchHealth(12L, "怡园", OrganizationType.BRANCH, "230109002", "230109002005",
                LocalDate.of(2026, 11, 5), 5, 5, 0, "王秀兰", LocalDate.of(2024, 3, 1), null, List.of());
        String[] lines = lines(Exports.health(List.of(sick, well)));
        assertEquals(4, lines.length);
        assertTrue(lines[1], lines[1].contains("正式党员不足，建议化并转,MERGE,fullMemberCount=2,fullMemberCount < 3,src"));
        assertTrue(lines[2], lines[2].contains("书记空缺,SECRETARY_VACANT"));
        assertEquals("12,怡园,230109002005,5,5,0,王秀兰,2024-03-01,,无,,,,", lines[3]);
    }
}
