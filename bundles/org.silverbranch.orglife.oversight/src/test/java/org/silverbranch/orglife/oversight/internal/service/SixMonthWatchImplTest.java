package org.silverbranch.orglife.oversight.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.oversight.WatchAction;
import org.silverbranch.orglife.oversight.WatchFlag;
import org.silverbranch.orglife.oversight.WatchList;
import org.silverbranch.orglife.oversight.WatchReason;
import org.silverbranch.orglife.oversight.internal.FakeCore;
import org.silverbranch.orglife.oversight.internal.Fakes;
import org.silverbranch.orglife.oversight.internal.Samples;
import org.silverbranch.orglife.oversight.internal.rules.WatchSettings;

/**
 * The watch over the core's members, the meetings bundle's last participation and the dues bundle's standings (fakes
 * of their services): one bulk member read (no search paging), bulk calls, scope.
 */
public class SixMonthWatchImplTest {

    private static final Clock CLOCK = Clock.fixed(Samples.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private final FakeCore core = new FakeCore();
    private final long branch = core.branch(FakeCore.STREET, "天鹅湖社区离退休干部党支部");
    private final long other = core.branch(FakeCore.STREET, "怡园社区离退休干部党支部");
    private final Map<Long, LocalDate> last = new HashMap<>();
    private final Map<Long, Integer> owed = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final SixMonthWatchImpl watch = watch(0);

    @After
    public void stop() {
        watch.deactivate();
    }

    private SixMonthWatchImpl watch(long cacheMillis) {
        return watch(CLOCK, cacheMillis);
    }

    private SixMonthWatchImpl watch(Clock clock, long cacheMillis) {
        return new SixMonthWatchImpl(core.memberService(), core.organizationService(),
            Fakes.of(ParticipationService.class, new Object() {
                public Map<Long, LocalDate> lastParticipation(Caller caller, Collection<Long> ids) {
                    calls.add("lastParticipation " + ids.size());
                    Map<Long, LocalDate> m = new HashMap<>();
                    ids.stream().filter(last::containsKey).forEach(id -> m.put(id, last.get(id)));
                    return m;
                }

                public Map<Long, LocalDate> lastParticipationInStreet(Caller caller, String street) {
                    calls.add("lastParticipationInStreet " + street);
                    return Map.copyOf(last);
                }
            }),
            Fakes.of(DuesFigures.class, new Object() {
                public List<DuesStanding> streetStandings(Caller caller, String street, YearMonth asOf) {
                    calls.add("streetStandings " + street + " " + asOf);
                    return standings(core.memberFacts().stream().filter(m -> m.streetCode().equals(street)), asOf);
                }

                public List<DuesStanding> branchStandings(Caller caller, long id, YearMonth asOf) {
                    calls.add("branchStandings " + id + " " + asOf);
                    return standings(core.memberFacts().stream().filter(m -> m.branchId() == id), asOf);
                }

                private List<DuesStanding> standings(java.util.stream.Stream<MemberFacts> members, YearMonth asOf) {
                    return members.map(x -> {
                        int n = owed.getOrDefault(x.id(), 0);
                        return new DuesStanding(x.id(), x.branchId(), x.streetCode(), asOf, true,
                                YearMonth.of(2026, 1), n == 0 ? asOf : asOf.minusMonths(n), n, n, true);
                    }).toList();
                }
            }),
            WatchSettings.defaults(), clock, cacheMillis);
    }

    @Test
    public void aStreetOfManyMembersIsReadInOneCallPerSource() {
        for (int i = 0; i < 450; i++) {
            MemberFacts m = core.member(i % 2 == 0 ? branch : other, "成员" + i, LocalDate.of(1970, 1, 1),
                    ResidencyStatus.RESIDENT);
            last.put(m.id(), LocalDate.of(2026, 10, 15));
        }
        MemberFacts silent = core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        last.put(silent.id(), LocalDate.of(2026, 7, 1));
        MemberFacts never = core.member(other, "李建国", LocalDate.of(1970, 1, 1), ResidencyStatus.AWAY_LONG_TERM);
        MemberFacts debtor = core.member(branch, "张桂英", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        last.put(debtor.id(), LocalDate.of(2026, 10, 1));
        owed.put(debtor.id(), 5);
        core.member(branch, "已故", LocalDate.of(1960, 1, 1), ResidencyStatus.RESIDENT, MemberStatus.DECEASED);
        core.member(core.branch(FakeCore.OTHER_STREET, "别街支部"), "别街", LocalDate.of(1970, 1, 1),
                ResidencyStatus.RESIDENT);

        WatchList list = watch.street(FakeCore.STREET_ADMIN, FakeCore.STREET);

        assertEquals(453, list.membersWatched());
        assertEquals(1, core.factsReads);  // one query however many members, never the paged search
        assertEquals(List.of("lastParticipationInStreet 230109002", "streetStandings 230109002 2026-10"), calls);
        assertEquals(3, list.membersFlagged());
        assertEquals(2, list.critical());
        WatchFlag first = list.flags().get(0);
        assertEquals(never.id(), first.memberId());  // never took part: January..October
        assertEquals(10, first.months());
        assertEquals(WatchAction.REMOTE_CONTACT, first.action());
        assertEquals("怡园社区离退休干部党支部", first.branchName());
        WatchFlag dues = list.flags().get(1);
        assertEquals(debtor.id(), dues.memberId());
        assertEquals(WatchReason.NO_DUES, dues.reason());
        assertEquals(5, dues.months());
        assertEquals(silent.id(), list.flags().get(2).memberId());
        assertEquals(3, list.flags().get(2).months());
    }

    @Test
    public void aBranchsWatchReadsOnlyItsMembers() {
        MemberFacts mine = core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.AWAY_SEASONAL);
        core.member(other, "李建国", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        WatchList list = watch.branch(FakeCore.secretaryOf(branch), branch);
        assertEquals(Long.valueOf(branch), list.organizationId());
        assertEquals(1, list.membersWatched());
        assertEquals(List.of("lastParticipation 1", "branchStandings " + branch + " 2026-10"), calls);
        assertEquals(1, core.factsReads);
        assertEquals(List.of(WatchAction.REMOTE_CONTACT), list.flags().stream().map(WatchFlag::action).toList());
        assertEquals(mine.id(), list.flags().get(0).memberId());
    }

    @Test
    public void callersOutsideTheScopeAreRefusedBeforeAnythingIsRead() {
        assertStatus(404, "STREET_NOT_FOUND", () -> watch.street(FakeCore.OTHER_STREET_ADMIN, FakeCore.STREET));
        assertStatus(403, "FORBIDDEN", () -> watch.street(FakeCore.secretaryOf(branch), FakeCore.STREET));
        assertStatus(404, "ORGANIZATION_NOT_FOUND", () -> watch.branch(FakeCore.secretaryOf(other), branch));
        assertStatus(404, "ORGANIZATION_NOT_FOUND", () -> watch.branch(FakeCore.OTHER_STREET_ADMIN, branch));
        long committee = core.organization(FakeCore.STREET, "社区党委", OrganizationType.COMMUNITY_COMMITTEE);
        assertStatus(400, "NOT_A_BRANCH", () -> watch.branch(FakeCore.STREET_ADMIN, committee));
        assertEquals(0, core.factsReads);
        assertEquals(List.of(), calls);
    }

    static void assertStatus(int status, String code, Runnable call) {
        ServiceException e = assertThrows(ServiceException.class, call::run);
        assertEquals(status, e.kind().httpStatus());
        assertEquals(code, e.code());
    }

    @Test
    public void aStreetsWatchIsKeptForItsReadersButABranchsIsNot() {
        core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        SixMonthWatchImpl kept = watch(300_000);
        try {
            WatchList first = kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET);
            assertEquals(first, kept.street(FakeCore.VIEWER, FakeCore.STREET));
            assertEquals(1, core.factsReads);
            assertStatus(404, "STREET_NOT_FOUND", () -> kept.street(FakeCore.OTHER_STREET_ADMIN, FakeCore.STREET));
            kept.branch(FakeCore.secretaryOf(branch), branch);
            kept.branch(FakeCore.secretaryOf(branch), branch);
            assertEquals(3, core.factsReads);
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void aStreetsWatchKeptAcrossTheFirstOfAMonthIsCountedAnew() {
        MemberFacts m = core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        last.put(m.id(), LocalDate.of(2026, 8, 10));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 30, 23, 57).atZone(zone).toInstant(), zone);
        SixMonthWatchImpl kept = watch(clock, 300_000);
        try {
            WatchList november = kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET);
            assertEquals(YearMonth.of(2026, 10), november.countedThrough());
            assertEquals("September and October only", 0, november.membersFlagged());
            clock.advance(Duration.ofMinutes(1));
            assertEquals("kept within the day", november, kept.street(FakeCore.VIEWER, FakeCore.STREET));
            clock.advance(Duration.ofMinutes(3));   // 1 December 00:01, well within the 5 minutes' lifetime
            WatchList december = kept.street(FakeCore.VIEWER, FakeCore.STREET);
            assertEquals(LocalDate.of(2026, 12, 1), december.asOf());
            assertEquals(YearMonth.of(2026, 11), december.countedThrough());
            assertEquals(List.of(3), december.flags().stream().map(WatchFlag::months).toList());
            assertEquals(2, core.factsReads);
            assertEquals("the dues as of the new month too", "streetStandings 230109002 2026-11",
                    calls.get(calls.size() - 1));
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void aBranchReadByStreetReadersIsTakenFromTheKeptStreetWatch() {
        MemberFacts away = core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.AWAY_SEASONAL);
        MemberFacts debtor = core.member(branch, "张桂英", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        last.put(debtor.id(), LocalDate.of(2026, 10, 1));
        owed.put(debtor.id(), 4);
        MemberFacts fine = core.member(branch, "赵明", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        last.put(fine.id(), LocalDate.of(2026, 10, 20));
        core.member(branch, "已故", LocalDate.of(1960, 1, 1), ResidencyStatus.RESIDENT, MemberStatus.DECEASED);
        core.member(other, "李建国", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        long empty = core.branch(FakeCore.STREET, "新建支部");
        WatchList computed = watch.branch(FakeCore.secretaryOf(branch), branch);   // the branch's own figures
        assertEquals(3, computed.membersWatched());
        assertEquals(List.of(away.id(), debtor.id()), computed.flags().stream().map(WatchFlag::memberId).toList());

        SixMonthWatchImpl kept = watch(300_000);
        try {
            kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET);
            int reads = core.factsReads;
            calls.clear();
            assertEquals(computed, kept.branch(FakeCore.STREET_ADMIN, branch));
            assertEquals(computed, kept.branch(FakeCore.VIEWER, branch));
            assertEquals(computed, kept.branch(FakeCore.AUDITOR, branch));
            WatchList none = kept.branch(FakeCore.STREET_ADMIN, empty);
            assertEquals(Long.valueOf(empty), none.organizationId());
            assertEquals(0, none.membersWatched());
            assertEquals(List.of(), none.flags());
            assertEquals("no member, participation or dues read again", reads, core.factsReads);
            assertEquals(List.of(), calls);
            assertEquals("the secretary, who may not read the street, still gets the branch's own figures",
                    computed, kept.branch(FakeCore.secretaryOf(branch), branch));
            assertEquals(reads + 1, core.factsReads);
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void districtRolesReadAnyStreet() {
        core.member(branch, "王秀兰", LocalDate.of(1970, 1, 1), ResidencyStatus.RESIDENT);
        assertEquals(1, watch.street(FakeCore.AUDITOR, FakeCore.STREET).membersWatched());
        assertEquals(ErrorKind.NOT_FOUND, assertThrows(ServiceException.class,
                () -> watch.street(FakeCore.DISTRICT_ADMIN, "999999999")).kind());
    }
}
