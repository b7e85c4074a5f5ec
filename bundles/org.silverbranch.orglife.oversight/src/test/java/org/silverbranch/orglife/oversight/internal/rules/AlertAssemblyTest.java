package org.silverbranch.orglife.oversight.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.orglife.oversight.internal.Samples.away;
import static org.silverbranch.orglife.oversight.internal.Samples.health;
import static org.silverbranch.orglife.oversight.internal.Samples.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;
import org.silverbranch.orglife.oversight.HealthAlerts;
import org.silverbranch.orglife.oversight.RectificationAlerts;
import org.silverbranch.orglife.oversight.ReturnAlerts;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;

public class AlertAssemblyTest {

    @Test
    public void healthCountsBranchesSuggestionsAndEveryRule() {
        HealthAlerts alerts = AlertAssembly.health(List.of(
                health(1, "北岸明珠", HealthRule.MERGE, HealthRule.SECRETARY_VACANT),
                health(2, "天鹅湖"),
                health(3, "怡园", HealthRule.SECRETARY_VACANT)));
        assertEquals(2, alerts.branches());
        assertEquals(3, alerts.suggestions());
        assertEquals(List.of(1L, 3L), alerts.items().stream().map(b -> b.organizationId()).toList());
        assertEquals(HealthRule.values().length, alerts.byRule().size());
        assertEquals(Integer.valueOf(1), alerts.byRule().get(HealthRule.MERGE));
        assertEquals(Integer.valueOf(2), alerts.byRule().get(HealthRule.SECRETARY_VACANT));
        assertEquals(Integer.valueOf(0), alerts.byRule().get(HealthRule.TERM_EXPIRED));
    }

    @Test
    public void anEmptyStreetHasZeroCounts() {
        HealthAlerts health = AlertAssembly.health(List.of());
        assertEquals(0, health.branches());
        assertEquals(Integer.valueOf(0), health.byRule().get(HealthRule.MERGE));
        assertEquals(0, AlertAssembly.returns(List.of()).members());
        RectificationAlerts none = AlertAssembly.overdue(List.of());
        assertEquals(0, none.tasks());
        assertEquals(0, none.maxDaysOverdue());
    }

    @Test
    public void returnsCountTheOverdueOnes() {
        ReturnAlerts alerts = AlertAssembly.returns(List.of(away(1, "甲", LocalDate.of(2026, 11, 20), true, 5),
                away(2, "乙", LocalDate.of(2026, 11, 28), false, 0)));
        assertEquals(2, alerts.members());
        assertEquals(1, alerts.overdue());
    }

    @Test
    public void aBranchsReturnsDueAreThoseExpectedThisMonthOrEarlier() {
        List<AwayMember> away = List.of(away(1, "十月未归", LocalDate.of(2026, 10, 31), true, 25),
                away(2, "本月", LocalDate.of(2026, 11, 30), false, 0),
                away(3, "明年", LocalDate.of(2027, 4, 1), false, 0),
                away(4, "未知", null, false, 0));
        ReturnAlerts alerts = AlertAssembly.returnsOfBranch(away, YearMonth.of(2026, 11));
        assertEquals(List.of(1L, 2L), alerts.items().stream().map(AwayMember::memberId).toList());
        assertEquals(1, alerts.overdue());
    }

    @Test
    public void onlyOpenTasksPastTheirDeadlineAreOverdue() {
        List<Rectification> tasks = List.of(
                task(1, 10, RectificationStatus.OPEN, LocalDate.of(2026, 10, 1), true, 55),
                task(2, 10, RectificationStatus.OPEN, LocalDate.of(2026, 11, 1), true, 24),
                task(3, 11, RectificationStatus.OPEN, LocalDate.of(2026, 11, 20), true, 5),
                task(4, 12, RectificationStatus.OPEN, LocalDate.of(2026, 12, 20), false, 0),
                task(5, 13, RectificationStatus.DONE, LocalDate.of(2026, 9, 20), false, 0));
        RectificationAlerts alerts = AlertAssembly.overdue(tasks);
        assertEquals(3, alerts.tasks());
        assertEquals(2, alerts.branches());
        assertEquals(55, alerts.maxDaysOverdue());
        assertEquals(List.of(1L, 2L, 3L), alerts.items().stream().map(Rectification::id).toList());
    }
}
