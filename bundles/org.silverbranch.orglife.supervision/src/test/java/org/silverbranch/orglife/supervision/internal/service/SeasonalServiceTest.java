package org.silverbranch.orglife.supervision.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.fails;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.internal.FakeCore;

public class SeasonalServiceTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private Fixture f;

    @Before
    public void open() {
        f = new Fixture();
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void returnsDueOfAStreetCoverEveryPageOfTheCoreSearch() {
        // 450 seasonal members away until the end of November (three pages of 200), and a few others
        for (int i = 0; i < 450; i++) {
            f.core.away(FakeCore.TIANEHU_BRANCH, "候鸟" + i, ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 11, 30));
        }
        f.core.away(FakeCore.YIYUAN_BRANCH, "长期外出", ResidencyStatus.AWAY_LONG_TERM, LocalDate.of(2026, 10, 1));
        f.core.away(FakeCore.YIYUAN_BRANCH, "明年回来", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 4, 1));
        f.core.away(FakeCore.OUMEIYA_BRANCH, "松北候鸟", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 11, 2));
        f.core.member(FakeCore.TIANEHU_BRANCH, "在家");
        f.core.searchCalls.set(0);

        List<AwayMember> due = f.seasonal.returnsDue(STREET_ADMIN, Fixture.STREET, NOVEMBER);

        assertEquals(451, due.size());
        AwayMember first = due.get(0);
        assertEquals("长期外出", first.name());  // overdue since October: first
        assertTrue(first.overdue());
        assertEquals(35, first.daysOverdue());
        assertEquals("怡园社区离退休干部党支部", first.branchName());
        assertEquals("海南****", first.place());  // masked by the core, passed on as it came
        assertEquals(4, f.core.searchCalls.get());  // 3 pages of seasonal, 1 of long-term members
    }

    @Test
    public void theMonthIsChosenAndDecemberReachesNoFurther() {
        f.core.away(FakeCore.TIANEHU_BRANCH, "元旦", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 1, 1));
        assertEquals(List.of(), f.seasonal.returnsDue(Fixture.DISTRICT, Fixture.STREET, YearMonth.of(2026, 12)));
        assertEquals(1, f.seasonal.returnsDue(Fixture.VIEWER, Fixture.STREET, YearMonth.of(2027, 1)).size());
    }

    @Test
    public void aBranchListsItsAwayMembersWithinScope() {
        f.core.away(FakeCore.TIANEHU_BRANCH, "王秀兰", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 3, 15));
        f.core.away(FakeCore.YIYUAN_BRANCH, "李建国", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 3, 15));
        List<AwayMember> away = f.seasonal.awayMembers(Fixture.SECRETARY, FakeCore.TIANEHU_BRANCH);
        assertEquals(List.of("王秀兰"), away.stream().map(AwayMember::name).toList());
        assertEquals("天鹅湖社区离退休干部党支部", away.get(0).branchName());
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND",
                () -> f.seasonal.awayMembers(Fixture.SECRETARY, FakeCore.YIYUAN_BRANCH));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN",
                () -> f.seasonal.returnsDue(Fixture.SECRETARY, Fixture.STREET, NOVEMBER));
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND",
                () -> f.seasonal.returnsDue(Fixture.SONGBEI_ADMIN, Fixture.STREET, NOVEMBER));
    }
}
