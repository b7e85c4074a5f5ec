package org.silverbranch.orglife.oversight.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.silverbranch.orglife.oversight.internal.Samples.compliance;
import static org.silverbranch.orglife.oversight.internal.Samples.complianceTotals;
import static org.silverbranch.orglife.oversight.internal.Samples.dues;
import static org.silverbranch.orglife.oversight.internal.Samples.participation;
import static org.silverbranch.orglife.oversight.internal.Samples.stars;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.StreetFigures;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.StreetComplianceTotals;
import org.silverbranch.orglife.oversight.BranchRow;
import org.silverbranch.orglife.oversight.StreetRow;
import org.silverbranch.orglife.supervision.RectificationCounts;

public class DashboardAssemblyTest {

    @Test
    public void branchLinesJoinTheThreeSourcesByBranchWithoutInventingFigures() {
        List<BranchRow> rows = DashboardAssembly.branchRows(
                List.of(compliance(7, "怡园", ComplianceStatus.MISSED, 5, 2, 71.42857),
                        compliance(3, "天鹅湖", ComplianceStatus.DUE, 0, 0, null)),
                List.of(new BranchFigures(3L, "天鹅湖", dues("2026-Q4", 30_000, 25_050, "83.5", "80.0")),
                        new BranchFigures(null, null, dues("2026-Q4", 1_000, 0, "0.0", "0.0")),
                        new BranchFigures(9L, "新支部", dues("2026-Q4", 0, 0, null, null))),
                List.of(participation("7", 4, 120, 70, 8, 65.0), participation("12", 1, 10, 9, 0, 90.04999)));

        assertEquals(List.of(3L, 7L, 9L, 12L), rows.subList(0, 4).stream().map(BranchRow::organizationId).toList());
        BranchRow tianehu = rows.get(0);
        assertEquals("天鹅湖", tianehu.name());
        assertEquals(ComplianceStatus.DUE, tianehu.complianceStatus());
        assertNull("no slot over yet: no figure, not 0", tianehu.compliancePercent());
        assertEquals(new BigDecimal("83.5"), tianehu.duesCollectionPercent());
        assertEquals(Long.valueOf(4_950), tianehu.duesOwedFen());
        assertNull(tianehu.participationPercent());
        assertEquals(0, tianehu.meetingsHeld());

        BranchRow yiyuan = rows.get(1);
        assertEquals(new BigDecimal("71.4"), yiyuan.compliancePercent());
        assertEquals(Integer.valueOf(5), yiyuan.slotsMet());
        assertEquals(Integer.valueOf(2), yiyuan.slotsMissed());
        assertNull(yiyuan.duesCollectionPercent());
        assertEquals(new BigDecimal("65.0"), yiyuan.participationPercent());
        assertEquals(4, yiyuan.meetingsHeld());

        assertEquals("新支部", rows.get(2).name());
        assertNull(rows.get(2).duesCollectionPercent());
        assertNull(rows.get(2).complianceStatus());
        assertEquals(new BigDecimal("90.0"), rows.get(3).participationPercent());
        assertNull("a branch known only to participation has no name here", rows.get(3).name());

        BranchRow noBranch = rows.get(4);
        assertNull(noBranch.organizationId());
        assertEquals(new BigDecimal("0.0"), noBranch.duesCollectionPercent());
        assertEquals(Long.valueOf(1_000), noBranch.duesOwedFen());
    }

    @Test
    public void streetLinesCoverEveryStreetSeenEvenWithoutFigures() {
        List<Street> streets = List.of(new Street("230109002", "太阳岛街道", StreetKind.SUBDISTRICT, 8),
                new Street("230109101", "对青山镇", StreetKind.TOWN, 3));
        List<StreetRow> rows = DashboardAssembly.streetRows(streets,
                List.of(new StreetComplianceTotals("230109002", "太阳岛街道", complianceTotals(40, 6, 80.25))),
                List.of(new StreetFigures("230109002", "太阳岛街道", dues("2026", 900_000, 810_000, "90.0", "88.8"))),
                List.of(participation("230109002", 300, 9000, 5000, 400, 60.0)),
                List.of(stars("230109002", 2026, 1, 2, 10, 5, 1)),
                List.of(new RectificationCounts("230109002", 7, 3, 20, 1)));
        assertEquals(2, rows.size());
        StreetRow taiyangdao = rows.get(0);
        assertEquals(40, taiyangdao.branches());
        assertEquals(6, taiyangdao.branchesMissed());
        assertEquals(new BigDecimal("80.3"), taiyangdao.compliancePercent());
        assertEquals(new BigDecimal("90.0"), taiyangdao.duesCollectionPercent());
        assertEquals(Long.valueOf(90_000), taiyangdao.duesOwedFen());
        assertEquals(new BigDecimal("60.0"), taiyangdao.participationPercent());
        assertEquals(300, taiyangdao.meetingsHeld());
        assertEquals(Map.of(1, 1L, 2, 2L, 3, 10L, 4, 5L, 5, 1L), taiyangdao.stars());
        assertEquals(7, taiyangdao.openRectifications());
        assertEquals(3, taiyangdao.overdueRectifications());

        StreetRow town = rows.get(1);
        assertEquals("对青山镇", town.name());
        assertEquals(0, town.branches());
        assertNull(town.compliancePercent());
        assertNull(town.duesCollectionPercent());
        assertNull(town.duesOwedFen());
        assertNull(town.participationPercent());
        assertEquals(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L, 5, 0L), town.stars());
        assertEquals(0, town.openRectifications());
    }

    @Test
    public void theDistrictsTasksAreTheSumOfTheStreets() {
        RectificationCounts sum = DashboardAssembly.sum(List.of(new RectificationCounts("a", 7, 3, 20, 1),
                new RectificationCounts("b", 2, 0, 5, 4)));
        assertEquals(new RectificationCounts(null, 9, 3, 25, 5), sum);
        assertEquals(new RectificationCounts(null, 0, 0, 0, 0), DashboardAssembly.sum(List.of()));
    }

    @Test
    public void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), Percent.of(66.66));
        assertEquals(new BigDecimal("0.1"), Percent.of(0.05));
        assertEquals(new BigDecimal("100.0"), Percent.of(new BigDecimal("100")));
        assertNull(Percent.of((Double) null));
        assertNull(Percent.of(Double.NaN));
        assertEquals(Integer.valueOf(67), Percent.whole(66.5));
        assertEquals(Integer.valueOf(66), Percent.whole(new BigDecimal("66.49")));
        assertEquals(Integer.valueOf(100), Percent.whole(100.4));
        assertEquals(new BigDecimal("49.99"), Percent.yuan(4_999L));
    }
}
