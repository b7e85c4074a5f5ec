package org.silverbranch.orglife.oversight.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.oversight.WatchAction;
import org.silverbranch.orglife.oversight.WatchFlag;
import org.silverbranch.orglife.oversight.WatchLevel;
import org.silverbranch.orglife.oversight.WatchList;
import org.silverbranch.orglife.oversight.WatchReason;
import org.silverbranch.orglife.oversight.internal.FakeCore;

/** The six-month watch's counting, levels and actions (Party Constitution art. 9; defaults 3 and 5 months). */
public class WatchRulesTest {

    /** Today 25 November 2026: October is the last whole month. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final YearMonth THROUGH = YearMonth.of(2026, 10);
    private static final YearMonth START = YearMonth.of(2026, 1);
    private static final WatchSettings DEFAULTS = WatchSettings.defaults();

    private final FakeCore core = new FakeCore();
    private final long branch = core.branch(FakeCore.STREET, "天鹅湖社区离退休干部党支部");

    private static DuesStanding owed(long memberId, int consecutive, YearMonth lastPaid) {
        return new DuesStanding(memberId, 1L, FakeCore.STREET, THROUGH, true, START, lastPaid, consecutive,
                consecutive, true);
    }

    private MemberFacts resident(String name) {
        return core.member(branch, name, LocalDate.of(1975, 7, 1), ResidencyStatus.RESIDENT);
    }

    @Test
    public void theLastWholeMonthIsTheOneBeforeToday() {
        assertEquals(THROUGH, WatchRules.countedThrough(TODAY));
        assertEquals(YearMonth.of(2026, 12), WatchRules.countedThrough(LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void monthsWithoutOrganizationalLifeAreTheWholeMonthsAfterTheLastParticipation() {
        // last took part in ... → whole months without, up to October
        assertEquals(0, months(LocalDate.of(2026, 11, 3)));  // this month: nothing over yet
        assertEquals(0, months(LocalDate.of(2026, 10, 31)));
        assertEquals(1, months(LocalDate.of(2026, 9, 1)));
        assertEquals(2, months(LocalDate.of(2026, 8, 31)));  // September, October
        assertEquals(3, months(LocalDate.of(2026, 7, 1)));   // August..October
        assertEquals(4, months(LocalDate.of(2026, 6, 15)));
        assertEquals(5, months(LocalDate.of(2026, 5, 31)));
        assertEquals(6, months(LocalDate.of(2026, 4, 1)));
    }

    private static int months(LocalDate lastParticipation) {
        return WatchRules.monthsWithoutParticipation(lastParticipation, LocalDate.of(1975, 7, 1), THROUGH, START);
    }

    @Test
    public void twoThreeFourFiveAndSixMonthsGiveNoneWarningWarningCriticalCritical() {
        assertNull(WatchRules.level(2, DEFAULTS));
        assertEquals(WatchLevel.WARNING, WatchRules.level(3, DEFAULTS));
        assertEquals(WatchLevel.WARNING, WatchRules.level(4, DEFAULTS));
        assertEquals(WatchLevel.CRITICAL, WatchRules.level(5, DEFAULTS));
        assertEquals(WatchLevel.CRITICAL, WatchRules.level(6, DEFAULTS));
        assertNull(WatchRules.level(0, DEFAULTS));
        WatchSettings strict = new WatchSettings(2, 4, START);
        assertEquals(WatchLevel.WARNING, WatchRules.level(2, strict));
        assertEquals(WatchLevel.CRITICAL, WatchRules.level(4, strict));
    }

    @Test
    public void theFlagsOfAMemberFollowTheBoundaries() {
        int[] expectedMonths = {2, 3, 4, 5, 6};
        WatchLevel[] expected = {null, WatchLevel.WARNING, WatchLevel.WARNING, WatchLevel.CRITICAL, WatchLevel.CRITICAL};
        for (int i = 0; i < expectedMonths.length; i++) {
            int n = expectedMonths[i];
            MemberFacts m = resident("成员" + n);
            LocalDate last = THROUGH.minusMonths(n).atDay(20);
            List<WatchFlag> flags = WatchRules.flags(m, "支部", last, owed(m.id(), n, THROUGH.minusMonths(n)),
                    THROUGH, DEFAULTS);
            if (expected[i] == null) {
                assertEquals("months " + n, List.of(), flags);
                continue;
            }
            assertEquals("months " + n, 2, flags.size());
            WatchFlag life = flags.get(0);
            assertEquals(WatchReason.NO_ORGANIZATIONAL_LIFE, life.reason());
            assertEquals(n, life.months());
            assertEquals(expected[i], life.level());
            assertEquals(THROUGH.minusMonths(n - 1L), life.since());
            assertEquals(last, life.lastParticipation());
            assertEquals(WatchAction.TALK_IN_PERSON, life.action());
            WatchFlag dues = flags.get(1);
            assertEquals(WatchReason.NO_DUES, dues.reason());
            assertEquals(n, dues.months());
            assertEquals(expected[i], dues.level());
            assertEquals(THROUGH.minusMonths(n), dues.lastPaidMonth());
            assertEquals(WatchAction.REMIND_DUES, dues.action());
            assertNull(dues.lastParticipation());
        }
    }

    @Test
    public void awayMembersAreToBeContactedRemotelyForEitherReason() {
        for (ResidencyStatus away : List.of(ResidencyStatus.AWAY_SEASONAL, ResidencyStatus.AWAY_LONG_TERM)) {
            MemberFacts m = core.member(branch, "候鸟", LocalDate.of(1970, 1, 1), away);
            List<WatchFlag> flags = WatchRules.flags(m, "支部", LocalDate.of(2026, 6, 1), owed(m.id(), 5, null),
                    THROUGH, DEFAULTS);
            assertEquals(2, flags.size());
            for (WatchFlag f : flags) {
                assertEquals(WatchAction.REMOTE_CONTACT, f.action());
                assertEquals(away, f.residency());
                assertEquals(LocalDate.of(2027, 4, 10), f.expectedReturn());
            }
            assertEquals(WatchLevel.WARNING, flags.get(0).level());   // June → July..October: 4
            assertEquals(WatchLevel.CRITICAL, flags.get(1).level());
        }
        assertEquals(WatchAction.TALK_IN_PERSON,
                WatchRules.action(WatchReason.NO_ORGANIZATIONAL_LIFE, ResidencyStatus.RESIDENT));
        assertEquals(WatchAction.REMIND_DUES, WatchRules.action(WatchReason.NO_DUES, null));
    }

    @Test
    public void aMemberWhoNeverTookPartCountsFromJoiningThePartyButNotBeforeTheWatchStart() {
        // joined long ago: from the watch start, January..October = 10
        assertEquals(10, WatchRules.monthsWithoutParticipation(null, LocalDate.of(1975, 7, 1), THROUGH, START));
        // no joining date known: from the watch start
        assertEquals(10, WatchRules.monthsWithoutParticipation(null, null, THROUGH, START));
        // joined in August 2026: August..October = 3, WARNING
        assertEquals(3, WatchRules.monthsWithoutParticipation(null, LocalDate.of(2026, 8, 15), THROUGH, START));
        // joined this month: nothing over yet
        assertEquals(0, WatchRules.monthsWithoutParticipation(null, LocalDate.of(2026, 11, 2), THROUGH, START));
        // a district going live in September: September, October
        assertEquals(2, WatchRules.monthsWithoutParticipation(null, null, THROUGH, YearMonth.of(2026, 9)));
        // a participation before the watch start counts from the watch start
        assertEquals(2, WatchRules.monthsWithoutParticipation(LocalDate.of(2025, 3, 1), null, THROUGH,
                YearMonth.of(2026, 9)));
        // a watch start in the future: nothing counted
        assertEquals(0, WatchRules.monthsWithoutParticipation(null, null, THROUGH, YearMonth.of(2026, 12)));
    }

    @Test
    public void monthsOwedBeforeTheWatchStartAreNotCounted() {
        assertEquals(8, WatchRules.monthsWithoutDues(owed(1, 8, null), THROUGH, START));
        assertEquals(3, WatchRules.monthsWithoutDues(owed(1, 8, null), THROUGH, YearMonth.of(2026, 8)));
        assertEquals(0, WatchRules.monthsWithoutDues(owed(1, 0, THROUGH), THROUGH, START));
        assertEquals(0, WatchRules.monthsWithoutDues(null, THROUGH, START));
        DuesStanding inactive = new DuesStanding(1, 1L, FakeCore.STREET, THROUGH, false, null, null, 9, 9, true);
        assertEquals(0, WatchRules.monthsWithoutDues(inactive, THROUGH, START));
    }

    @Test
    public void onlyActiveMembersAreWatched() {
        MemberFacts gone = core.member(branch, "已转出", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT,
                MemberStatus.TRANSFERRED_OUT);
        assertEquals(List.of(), WatchRules.flags(gone, null, null, owed(gone.id(), 9, null), THROUGH, DEFAULTS));
        WatchList list = WatchRules.list(FakeCore.STREET, null, TODAY, List.of(gone), Map.of(), Map.of(), Map.of(),
                DEFAULTS);
        assertEquals(0, list.membersWatched());
        assertEquals(List.of(), list.flags());
    }

    @Test
    public void theListIsCountedAndSortedCriticalFirstThenByMonths() {
        MemberFacts fine = resident("按时");
        MemberFacts warned = resident("王秀兰");
        MemberFacts critical = resident("李建国");
        MemberFacts away = core.member(branch, "张桂英", LocalDate.of(1970, 1, 1), ResidencyStatus.AWAY_SEASONAL);
        Map<Long, LocalDate> last = Map.of(fine.id(), LocalDate.of(2026, 10, 8),
                warned.id(), LocalDate.of(2026, 7, 8), critical.id(), LocalDate.of(2026, 9, 8),
                away.id(), LocalDate.of(2026, 10, 20));
        Map<Long, DuesStanding> dues = Map.of(fine.id(), owed(fine.id(), 0, THROUGH),
                warned.id(), owed(warned.id(), 1, THROUGH.minusMonths(1)),
                critical.id(), owed(critical.id(), 7, YearMonth.of(2026, 3)),
                away.id(), owed(away.id(), 3, YearMonth.of(2026, 7)));
        WatchList list = WatchRules.list(FakeCore.STREET, null, TODAY, List.of(fine, warned, critical, away),
                Map.of(branch, "天鹅湖社区离退休干部党支部"), last, dues, DEFAULTS);

        assertEquals(THROUGH, list.countedThrough());
        assertEquals(4, list.membersWatched());
        assertEquals(3, list.membersFlagged());
        assertEquals(1, list.critical());
        assertEquals(2, list.warning());
        assertEquals(1, list.remoteContact());
        assertEquals(1, list.noOrganizationalLife());
        assertEquals(2, list.noDues());
        assertEquals(3, list.flags().size());
        WatchFlag first = list.flags().get(0);
        assertEquals(critical.id(), first.memberId());
        assertEquals(WatchReason.NO_DUES, first.reason());
        assertEquals(7, first.months());
        assertEquals("天鹅湖社区离退休干部党支部", first.branchName());
        // equal level and months: by branch, then name (张 before 王 in code point order)
        assertEquals(List.of(away.id(), warned.id()),
                list.flags().subList(1, 3).stream().map(WatchFlag::memberId).toList());
        assertTrue(list.flags().stream().noneMatch(f -> f.memberId() == fine.id()));
    }

    @Test
    public void settingsMustWarnBeforeTheConstitutionsSixMonths() {
        assertThrows(IllegalArgumentException.class, () -> new WatchSettings(3, 3, START));
        assertThrows(IllegalArgumentException.class, () -> new WatchSettings(0, 5, START));
        assertThrows(IllegalArgumentException.class, () -> new WatchSettings(3, 6, START));
        assertThrows(IllegalArgumentException.class, () -> new WatchSettings(3, 5, null));
        assertEquals(new WatchSettings(3, 5, START), WatchSettings.defaults());
    }
}
