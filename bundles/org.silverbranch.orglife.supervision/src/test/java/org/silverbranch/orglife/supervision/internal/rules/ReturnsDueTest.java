package org.silverbranch.orglife.supervision.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.supervision.AwayMember;

/** Returns due in a month: expected in the month, or earlier and still away; across month and year ends. */
public class ReturnsDueTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    private static long ids = 1;

    private static Member away(String name, ResidencyStatus residency, LocalDate expectedReturn) {
        return member(name, MemberStatus.ACTIVE, new Residency(residency, "海南****", LocalDate.of(2026, 10, 20),
                expectedReturn));
    }

    private static Member member(String name, MemberStatus status, Residency residency) {
        return new Member(ids++, 0L, name, Gender.MALE, "汉族", LocalDate.of(1948, 2, 1), null, null, null, "230109002",
                "230109002004", 11L, CadreCategory.RETIRED, Membership.FULL, null, null, null, null, null, residency,
                null, List.of(), List.of(), List.of(), List.of(), status, false, null);
    }

    private static List<String> due(YearMonth month, LocalDate today, Member... members) {
        return ReturnsDue.due(List.of(members), month, Map.of(11L, "天鹅湖社区离退休干部党支部"), today).stream()
                .map(AwayMember::name).toList();
    }

    @Test
    public void theFirstAndLastDayOfTheMonthAreInItTheDaysAroundAreNot() {
        LocalDate today = LocalDate.of(2026, 11, 1);
        assertEquals(List.of("十一月一日", "十一月三十日"), due(NOVEMBER, today,
                away("十一月三十日", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 11, 30)),
                away("十二月一日", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 12, 1)),
                away("十一月一日", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 11, 1))));
    }

    @Test
    public void anEarlierReturnNotMarkedBackIsStillDueAndOverdue() {
        LocalDate today = LocalDate.of(2026, 11, 5);
        Member october = away("十月底", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 10, 31));
        assertEquals(List.of("十月底"), due(NOVEMBER, today, october));
        AwayMember m = ReturnsDue.due(List.of(october), NOVEMBER, Map.of(), today).get(0);
        assertTrue(m.overdue());
        assertEquals(5, m.daysOverdue());
    }

    @Test
    public void inJanuaryTheDecemberReturnsOfTheYearBeforeAreOverdue() {
        LocalDate today = LocalDate.of(2027, 1, 3);
        Member december = away("腊月", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 12, 20));
        Member january = away("正月", ResidencyStatus.AWAY_LONG_TERM, LocalDate.of(2027, 1, 31));
        Member february = away("二月", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 2, 1));
        assertEquals(List.of("腊月", "正月"), due(JANUARY, today, february, january, december));
        List<AwayMember> listed = ReturnsDue.due(List.of(december, january), JANUARY, Map.of(), today);
        assertEquals(14, listed.get(0).daysOverdue());
        assertFalse(listed.get(1).overdue());
    }

    @Test
    public void decemberDoesNotIncludeJanuaryOfTheNextYear() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals(List.of(), due(YearMonth.of(2026, 12), today,
                away("元旦后", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 1, 1))));
    }

    @Test
    public void residentsMembersGoneAndUnknownReturnsAreNeverDue() {
        LocalDate today = LocalDate.of(2026, 11, 5);
        assertEquals(List.of(), due(NOVEMBER, today,
                member("在家", MemberStatus.ACTIVE, new Residency(ResidencyStatus.RESIDENT, null, null,
                        LocalDate.of(2026, 11, 10))),
                member("转出", MemberStatus.TRANSFERRED_OUT, new Residency(ResidencyStatus.AWAY_SEASONAL, null, null,
                        LocalDate.of(2026, 11, 10))),
                away("未定", ResidencyStatus.AWAY_LONG_TERM, null)));
    }

    @Test
    public void thePlaceStaysAsTheCoreMaskedItAndTheBranchIsNamed() {
        AwayMember m = ReturnsDue.due(List.of(away("王秀兰", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 11, 20))),
                NOVEMBER, Map.of(11L, "天鹅湖社区离退休干部党支部"), LocalDate.of(2026, 11, 5)).get(0);
        assertEquals("海南****", m.place());
        assertEquals("天鹅湖社区离退休干部党支部", m.branchName());
        assertEquals(ResidencyStatus.AWAY_SEASONAL, m.residency());
    }

    @Test
    public void awayMembersAreListedByExpectedReturnUnknownLast() {
        List<AwayMember> away = ReturnsDue.away(List.of(
                away("未定", ResidencyStatus.AWAY_LONG_TERM, null),
                away("三月", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2027, 3, 15)),
                away("十二月", ResidencyStatus.AWAY_SEASONAL, LocalDate.of(2026, 12, 15)),
                member("在家", MemberStatus.ACTIVE, Residency.resident())), "天鹅湖", LocalDate.of(2026, 11, 5));
        assertEquals(List.of("十二月", "三月", "未定"), away.stream().map(AwayMember::name).toList());
    }
}
