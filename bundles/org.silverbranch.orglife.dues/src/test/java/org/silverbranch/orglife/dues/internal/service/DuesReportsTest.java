package org.silverbranch.orglife.dues.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.silverbranch.orglife.dues.internal.FakeCore.AUDITOR;
import static org.silverbranch.orglife.dues.internal.FakeCore.DISTRICT;
import static org.silverbranch.orglife.dues.internal.FakeCore.OUMEIYA_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.SONGBEI;
import static org.silverbranch.orglife.dues.internal.FakeCore.SONGBEI_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.STREET_ADMIN;
import static org.silverbranch.orglife.dues.internal.FakeCore.TAIYANGDAO;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_BRANCH;
import static org.silverbranch.orglife.dues.internal.FakeCore.TIANEHU_SECRETARY;
import static org.silverbranch.orglife.dues.internal.FakeCore.YIYUAN_BRANCH;
import static org.silverbranch.orglife.dues.internal.service.Fixture.pay;
import static org.silverbranch.orglife.dues.internal.service.Fixture.payInAdvance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.BranchDues;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.dues.MemberArrears;
import org.silverbranch.orglife.dues.StreetDues;

/** Today is 2026-11-20: eleven months of 2026 are due. */
public class DuesReportsTest {

    private static final Period Y2026 = Period.year(2026);

    private final Fixture f = new Fixture();
    private Member paidUp;
    private Member owesFive;
    private Member noPension;

    @After
    public void close() {
        f.close();
    }

    /** 天鹅湖: one paid up (with December ahead), one owing Jul–Nov, one without a pension; 怡园: one owing all. */
    private void district() {
        paidUp = f.core.member("王秀兰", TIANEHU_BRANCH, 500_000L);
        owesFive = f.core.member("李建国", TIANEHU_BRANCH, 600_000L);
        noPension = f.core.member("孙立华", TIANEHU_BRANCH, null);
        f.core.member("赵淑珍", YIYUAN_BRANCH, 400_000L);
        f.core.member("周国强", TIANEHU_BRANCH, 500_000L, LocalDate.of(1970, 1, 1), MemberStatus.TRANSFERRED_OUT);
        f.core.member("吴建华", OUMEIYA_BRANCH, 500_000L);
        f.dues.recordPayment(DISTRICT, paidUp.id(), pay(27_500, months(1, 11)));
        f.dues.recordPayment(DISTRICT, paidUp.id(), payInAdvance(2_500, "2026-12"));
        f.dues.recordPayment(DISTRICT, owesFive.id(), pay(36_000, months(1, 6)));
    }

    private static String[] months(int from, int to) {
        String[] ms = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            ms[i - from] = YearMonth.of(2026, i).toString();
        }
        return ms;
    }

    @Test
    public void aBranchListsItsMembersArrearsFirstWithTotalsAndThoseWithoutAPension() {
        district();
        BranchDues b = f.reports.branch(TIANEHU_SECRETARY, TIANEHU_BRANCH, Y2026);
        assertEquals(List.of(noPension.id(), owesFive.id(), paidUp.id()),
                b.members().stream().map(MemberArrears::memberId).toList());
        MemberArrears li = b.members().get(1);
        assertEquals(5, li.monthsOwed());
        assertEquals(Long.valueOf(30_000), li.owedFen());
        assertEquals(5, li.consecutiveMonthsOwed());
        assertEquals(YearMonth.of(2026, 6), li.lastPaidMonth());
        assertNull(b.members().get(0).owedFen());
        assertEquals(List.of(noPension.id()), b.withoutPension().stream().map(r -> r.memberId()).toList());

        DuesTotals t = b.totals();
        assertEquals(3, t.members());
        assertEquals(33, t.monthsDue());
        assertEquals(17, t.monthsPaid());
        assertEquals(16, t.monthsOwed());
        assertEquals(11, t.monthsOwedUnknownDue());
        assertEquals(63_500, t.paidFen());
        assertEquals(30_000, t.owedFen());
        assertEquals(new BigDecimal("67.9"), t.collectionPercent());  // 63,500 / 93,500
        assertEquals(1, t.monthsPaidInAdvance());
        assertEquals(2_500, t.paidInAdvanceFen());
        assertEquals(t, f.reports.branchCollection(TIANEHU_SECRETARY, TIANEHU_BRANCH, Y2026));
    }

    @Test
    public void aQuarterCountsOnlyItsMonths() {
        district();
        DuesTotals q3 = f.reports.branchCollection(STREET_ADMIN, TIANEHU_BRANCH, Period.parse("period", "2026-Q3"));
        assertEquals("2026-Q3", q3.period());
        assertEquals(9, q3.monthsDue());
        assertEquals(3, q3.monthsPaid());  // 王秀兰 Jul–Sep; 李建国 paid up to June
        assertEquals(new BigDecimal("33.3"), q3.monthsPaidPercent());
        assertEquals(new BigDecimal("29.4"), q3.collectionPercent());  // 7,500 of 7,500 + 3 × 6,000 known (孙立华: unknown)
    }

    @Test
    public void aStreetRollsUpPerBranchAndTheDistrictPerStreet() {
        district();
        StreetDues s = f.reports.street(STREET_ADMIN, TAIYANGDAO, Y2026);
        assertEquals(List.of(TIANEHU_BRANCH, YIYUAN_BRANCH),
                s.branches().stream().map(BranchFigures::organizationId).toList());
        assertEquals(3, s.branches().get(0).totals().members());
        assertEquals(11, s.branches().get(1).totals().monthsOwed());
        assertEquals(Long.valueOf(TIANEHU_BRANCH), s.withoutPension().get(0).branchId());
        assertEquals(4, s.totals().members());

        DistrictDues d = f.reports.district(AUDITOR, Y2026);
        assertEquals(List.of(TAIYANGDAO, SONGBEI), d.streets().stream().map(x -> x.streetCode()).toList());
        assertEquals(s.totals(), d.streets().get(0).totals());
        assertEquals(5, d.totals().members());
        assertEquals(d.totals(), f.reports.districtCollection(DISTRICT, Y2026));
        assertEquals(s.totals(), f.reports.streetCollection(STREET_ADMIN, TAIYANGDAO, Y2026));
    }

    @Test
    public void streetAndDistrictFiguresFollowTheScope() {
        district();
        assertEquals(ErrorKind.NOT_FOUND, fails(() -> f.reports.street(SONGBEI_ADMIN, TAIYANGDAO, Y2026)).kind());
        assertEquals(ErrorKind.FORBIDDEN, fails(() -> f.reports.street(TIANEHU_SECRETARY, TAIYANGDAO, Y2026))
                .kind());
        assertEquals(ErrorKind.FORBIDDEN, fails(() -> f.reports.district(STREET_ADMIN, Y2026)).kind());
        assertEquals(ErrorKind.NOT_FOUND, fails(() -> f.reports.branch(TIANEHU_SECRETARY, YIYUAN_BRANCH, Y2026))
                .kind());
    }

    @Test
    public void standingsGiveTheConsecutiveMonthsForTheSixMonthWatch() {
        district();
        List<DuesStanding> street = f.reports.streetStandings(STREET_ADMIN, TAIYANGDAO, YearMonth.of(2026, 11));
        DuesStanding li = street.stream().filter(s -> s.memberId() == owesFive.id()).findFirst().orElseThrow();
        assertEquals(5, li.consecutiveMonthsOwed());
        assertEquals(5, li.monthsOwed());
        assertEquals(YearMonth.of(2026, 6), li.lastPaidMonth());
        DuesStanding wang = street.stream().filter(s -> s.memberId() == paidUp.id()).findFirst().orElseThrow();
        assertEquals(0, wang.consecutiveMonthsOwed());
        assertEquals(YearMonth.of(2026, 11), wang.lastPaidMonth());  // December, paid ahead, is after the month asked
        DuesStanding left = street.stream().filter(s -> !s.active()).findFirst().orElseThrow();
        assertEquals(0, left.consecutiveMonthsOwed());

        // as of August: 李建国 owed two months then
        Map<Long, DuesStanding> byId = f.reports.standings(STREET_ADMIN, List.of(owesFive, noPension), YearMonth.of(2026, 8));
        assertEquals(2, byId.get(owesFive.id()).consecutiveMonthsOwed());
        assertEquals(8, byId.get(noPension.id()).consecutiveMonthsOwed());
        assertFalse(byId.get(noPension.id()).pensionDeclared());
        // members the caller may not see are left out
        assertTrue(f.reports.standings(SONGBEI_ADMIN, List.of(owesFive), YearMonth.of(2026, 8)).isEmpty());
        assertEquals(3, f.reports.branchStandings(TIANEHU_SECRETARY, TIANEHU_BRANCH, YearMonth.of(2026, 8)).stream()
                .filter(DuesStanding::active).count());
    }

    @Test
    public void aStreetLargerThanOnePageOfTheCoreAndOneChunkOfIdsIsReadWhole() {
        for (int i = 0; i < 2 * PaidMonths.CHUNK + 10; i++) {
            f.core.member("党员" + i, YIYUAN_BRANCH, 500_000L);
        }
        Member last = f.core.member("最后一名", YIYUAN_BRANCH, 500_000L);
        f.dues.recordPayment(STREET_ADMIN, last.id(), pay(27_500, months(1, 11)));
        DuesTotals t = f.reports.streetCollection(STREET_ADMIN, TAIYANGDAO, Y2026);
        assertEquals(2 * PaidMonths.CHUNK + 11, t.members());
        assertEquals(11, t.monthsPaid());
        assertEquals(27_500, t.paidFen());
    }

    @Test
    public void membersSpreadWideAreReadInChunksOfIdsAndNoneIsMissed() {
        List<Member> held = new ArrayList<>();
        for (int i = 0; i < (PaidMonths.CHUNK + 50) * PaidMonths.PROBE_COST * 2; i++) {
            Member m = f.core.member("党员" + i, YIYUAN_BRANCH, 500_000L);
            if (i % (PaidMonths.PROBE_COST * 2) == 0) {
                held.add(m);  // too sparse for one range: IN lists, the last one in the second
            }
        }
        Member first = held.get(0);
        Member last = held.get(held.size() - 1);
        f.dues.recordPayment(STREET_ADMIN, first.id(), pay(2_500, "2026-01"));
        f.dues.recordPayment(STREET_ADMIN, last.id(), pay(27_500, months(1, 11)));
        Map<Long, DuesStanding> byId = f.reports.standings(STREET_ADMIN, held, YearMonth.of(2026, 11));
        assertEquals(held.size(), byId.size());
        assertEquals(10, byId.get(first.id()).consecutiveMonthsOwed());
        assertEquals(0, byId.get(last.id()).consecutiveMonthsOwed());
        assertEquals(11, byId.get(held.get(1).id()).consecutiveMonthsOwed());
    }

    @Test
    public void aStreetCostsOneBulkReadOfTheCoreAndTheDistrictOneForAllItsStreets() {
        district();
        for (int i = 0; i < 2 * MemberQuery.MAX_PAGE_SIZE + 10; i++) {  // more than two pages of the member search
            f.core.member("党员" + i, YIYUAN_BRANCH, 500_000L);
        }
        int street = 4 + 2 * MemberQuery.MAX_PAGE_SIZE + 10;
        f.core.members.searches = 0;

        assertEquals(street, f.reports.street(STREET_ADMIN, TAIYANGDAO, Y2026).totals().members());
        assertEquals(List.of(TAIYANGDAO), callsOf(f.core.members.factsCalls));
        assertEquals(street, f.reports.streetCollection(STREET_ADMIN, TAIYANGDAO, Y2026).members());
        assertEquals(List.of(TAIYANGDAO), callsOf(f.core.members.factsCalls));
        assertEquals(street + 1, f.reports.streetStandings(STREET_ADMIN, TAIYANGDAO, YearMonth.of(2026, 11)).size());
        assertEquals(List.of(TAIYANGDAO), callsOf(f.core.members.factsCalls));

        // a branch: its street's one read, the other branches left out here
        assertEquals(3, f.reports.branch(STREET_ADMIN, TIANEHU_BRANCH, Y2026).members().size());
        assertEquals(List.of(TAIYANGDAO), callsOf(f.core.members.factsCalls));
        assertEquals(street - 3, f.reports.branchCollection(STREET_ADMIN, YIYUAN_BRANCH, Y2026).members());
        assertEquals(List.of(TAIYANGDAO), callsOf(f.core.members.factsCalls));

        // the district: one read for both streets, split by street here
        DistrictDues d = f.reports.district(AUDITOR, Y2026);
        assertEquals(List.of(street, 1), d.streets().stream().map(x -> x.totals().members()).toList());
        assertEquals(street + 1, d.totals().members());
        assertEquals(Collections.singletonList(null), callsOf(f.core.members.factsCalls));
        assertEquals(0, f.core.members.searches);
    }

    /** The bulk reads made since the last look, forgotten for the next. */
    private static List<String> callsOf(List<String> calls) {
        List<String> made = new ArrayList<>(calls);
        calls.clear();
        return made;
    }

    private static ServiceException fails(Runnable action) {
        try {
            action.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("a ServiceException was expected");
        return null;
    }
}
