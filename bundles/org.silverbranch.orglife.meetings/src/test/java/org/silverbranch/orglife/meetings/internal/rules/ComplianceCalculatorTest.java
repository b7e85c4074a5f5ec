package org.silverbranch.orglife.meetings.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.RequirementCompliance;

/** The counting rules of compliance (Branch Work Regulations 2018), across month, quarter and year boundaries. */
public class ComplianceCalculatorTest {

    private static final long BRANCH = 11;
    private static final long GROUP = 14;
    private static final LocalDate AFTER_2026 = LocalDate.of(2027, 2, 1);
    private final ComplianceCalculator calculator = new ComplianceCalculator(ComplianceRules.regulations2018());
    private final List<HeldCount> held = new ArrayList<>();

    private static BranchFacts branch(boolean committee, boolean groups) {
        return new BranchFacts(BRANCH, "天鹅湖社区离退休干部党支部", "230109002", "230109002004", null, committee, groups);
    }

    private void hold(MeetingType type, String date) {
        held.add(new HeldCount(BRANCH, BRANCH, type, LocalDate.parse(date), 1));
    }

    private BranchCompliance compute(BranchFacts facts, String period, LocalDate today) {
        return calculator.branch(facts, held, Period.parse("period", period), today);
    }

    private static RequirementCompliance requirement(BranchCompliance b, MeetingType type) {
        return b.requirements().stream().filter(r -> r.type() == type).findFirst().orElse(null);
    }

    @Test
    public void aMeetingOnTheLastDayOfSeptemberCountsForQ3AndNotForQ4() {
        hold(MeetingType.MEMBER_ASSEMBLY, "2026-09-30");
        BranchCompliance q3 = compute(branch(false, false), "2026-Q3", AFTER_2026);
        BranchCompliance q4 = compute(branch(false, false), "2026-Q4", AFTER_2026);
        assertEquals(ComplianceStatus.MET, requirement(q3, MeetingType.MEMBER_ASSEMBLY).status());
        assertEquals(1, requirement(q3, MeetingType.MEMBER_ASSEMBLY).held());
        assertEquals(ComplianceStatus.MISSED, requirement(q4, MeetingType.MEMBER_ASSEMBLY).status());
        assertEquals(0, requirement(q4, MeetingType.MEMBER_ASSEMBLY).held());
    }

    @Test
    public void aMeetingOnTheFirstDayOfOctoberCountsForQ4AndNotForQ3() {
        hold(MeetingType.MEMBER_ASSEMBLY, "2026-10-01");
        assertEquals(ComplianceStatus.MISSED,
                requirement(compute(branch(false, false), "2026-Q3", AFTER_2026), MeetingType.MEMBER_ASSEMBLY).status());
        assertEquals(ComplianceStatus.MET,
                requirement(compute(branch(false, false), "2026-Q4", AFTER_2026), MeetingType.MEMBER_ASSEMBLY).status());
    }

    @Test
    public void monthlyItemsNeedOneMeetingInEachMonthOfTheQuarter() {
        hold(MeetingType.THEME_PARTY_DAY, "2026-10-10");
        hold(MeetingType.THEME_PARTY_DAY, "2026-10-25");   // two in October do not make up for November
        hold(MeetingType.THEME_PARTY_DAY, "2026-12-31");
        RequirementCompliance day = requirement(compute(branch(false, false), "2026-Q4", AFTER_2026),
                MeetingType.THEME_PARTY_DAY);
        assertEquals(3, day.required());
        assertEquals(2, day.met());
        assertEquals(1, day.missed());
        assertEquals(3, day.held());
        assertEquals(ComplianceStatus.MISSED, day.status());
    }

    @Test
    public void aSlotNotOverYetIsDueNotMissed() {
        LocalDate today = LocalDate.of(2026, 11, 16);
        hold(MeetingType.THEME_PARTY_DAY, "2026-10-10");
        RequirementCompliance day = requirement(compute(branch(false, false), "2026-Q4", today),
                MeetingType.THEME_PARTY_DAY);
        assertEquals(1, day.met());
        assertEquals(0, day.missed());
        assertEquals(2, day.due());   // November (not over) and December (to come)
        assertEquals(ComplianceStatus.DUE, day.status());
    }

    @Test
    public void theLastDayOfAMonthIsStillDueOnThatDay() {
        RequirementCompliance onTheDay = requirement(compute(branch(false, false), "2026-11",
                LocalDate.of(2026, 11, 30)), MeetingType.THEME_PARTY_DAY);
        RequirementCompliance dayAfter = requirement(compute(branch(false, false), "2026-11",
                LocalDate.of(2026, 12, 1)), MeetingType.THEME_PARTY_DAY);
        assertEquals(ComplianceStatus.DUE, onTheDay.status());
        assertEquals(ComplianceStatus.MISSED, dayAfter.status());
    }

    @Test
    public void yearlyItemsCountInTheYearInQ4AndInDecemberOnly() {
        hold(MeetingType.REVIEW_MEETING, "2026-03-20");
        for (String period : List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-03", "2026-11")) {
            assertNull(period, requirement(compute(branch(false, false), period, AFTER_2026), MeetingType.REVIEW_MEETING));
        }
        for (String period : List.of("2026", "2026-Q4", "2026-12")) {
            RequirementCompliance review = requirement(compute(branch(false, false), period, AFTER_2026),
                    MeetingType.REVIEW_MEETING);
            assertEquals(period, ComplianceStatus.MET, review.status());   // March's meeting meets the year's slot
            assertEquals(period, 1, review.required());
            RequirementCompliance appraisal = requirement(compute(branch(false, false), period, AFTER_2026),
                    MeetingType.MEMBER_APPRAISAL);
            assertEquals(period, ComplianceStatus.MISSED, appraisal.status());
        }
    }

    @Test
    public void quarterlyItemsShowInTheLastMonthOfTheQuarter() {
        hold(MeetingType.PARTY_LECTURE, "2026-07-01");
        assertNull(requirement(compute(branch(false, false), "2026-08", AFTER_2026), MeetingType.PARTY_LECTURE));
        assertEquals(ComplianceStatus.MET,
                requirement(compute(branch(false, false), "2026-09", AFTER_2026), MeetingType.PARTY_LECTURE).status());
    }

    @Test
    public void theYearViewCountsEverySlotOfTheYear() {
        BranchCompliance year = compute(branch(true, true), "2026", AFTER_2026);
        assertEquals(4, requirement(year, MeetingType.MEMBER_ASSEMBLY).required());
        assertEquals(12, requirement(year, MeetingType.BRANCH_COMMITTEE).required());
        assertEquals(12, requirement(year, MeetingType.GROUP_MEETING).required());
        assertEquals(4, requirement(year, MeetingType.PARTY_LECTURE).required());
        assertEquals(12, requirement(year, MeetingType.THEME_PARTY_DAY).required());
        assertEquals(1, requirement(year, MeetingType.REVIEW_MEETING).required());
        assertEquals(1, requirement(year, MeetingType.MEMBER_APPRAISAL).required());
        assertNull(requirement(year, MeetingType.HEART_TO_HEART));
        assertEquals(46, year.required());
    }

    @Test
    public void theCommitteeMeetingIsRequiredOnlyWithACommittee() {
        assertNull(requirement(compute(branch(false, false), "2026-Q4", AFTER_2026), MeetingType.BRANCH_COMMITTEE));
        assertEquals(3, requirement(compute(branch(true, false), "2026-Q4", AFTER_2026),
                MeetingType.BRANCH_COMMITTEE).required());
    }

    @Test
    public void theGroupMeetingIsRequiredOnlyWithGroupsAndAnyGroupMeetsTheMonth() {
        assertNull(requirement(compute(branch(false, false), "2026-Q4", AFTER_2026), MeetingType.GROUP_MEETING));
        held.add(new HeldCount(BRANCH, GROUP, MeetingType.GROUP_MEETING, LocalDate.of(2026, 10, 8), 1));
        hold(MeetingType.GROUP_MEETING, "2026-11-08");                         // recorded by the branch itself
        RequirementCompliance group = requirement(compute(branch(false, true), "2026-Q4", AFTER_2026),
                MeetingType.GROUP_MEETING);
        assertEquals(2, group.met());
        assertEquals(1, group.missed());
    }

    @Test
    public void aGroupsOtherMeetingsDoNotCountForTheBranch() {
        held.add(new HeldCount(BRANCH, GROUP, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, 8), 1));
        assertEquals(0, requirement(compute(branch(false, true), "2026-10", AFTER_2026),
                MeetingType.THEME_PARTY_DAY).met());
    }

    @Test
    public void anotherBranchsMeetingsDoNotCount() {
        held.add(new HeldCount(12, 12, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, 8), 1));
        assertEquals(0, requirement(compute(branch(false, false), "2026-10", AFTER_2026),
                MeetingType.THEME_PARTY_DAY).met());
    }

    @Test
    public void overallStatusIsTheWorstAndThePercentageLeavesDueSlotsOut() {
        LocalDate today = LocalDate.of(2026, 11, 16);
        hold(MeetingType.THEME_PARTY_DAY, "2026-10-10");
        hold(MeetingType.PARTY_LECTURE, "2026-10-12");
        BranchCompliance q4 = compute(branch(false, false), "2026-Q4", today);
        // assembly 1 due, lecture 1 met, Party day 1 met + 2 due, review 1 due, appraisal 1 due
        assertEquals(ComplianceStatus.DUE, q4.status());
        assertEquals(7, q4.required());
        assertEquals(2, q4.met());
        assertEquals(0, q4.missed());
        assertEquals(5, q4.due());
        assertEquals(100.0, q4.compliancePercent(), 0);

        BranchCompliance q3 = compute(branch(false, false), "2026-Q3", today);
        assertEquals(ComplianceStatus.MISSED, q3.status());
        assertEquals(0.0, q3.compliancePercent(), 0);
    }

    @Test
    public void nothingEndedNothingMetGivesNoPercentage() {
        BranchCompliance future = compute(branch(false, false), "2026-Q4", LocalDate.of(2026, 10, 1));
        assertEquals(ComplianceStatus.DUE, future.status());
        assertNull(future.compliancePercent());
    }

    @Test
    public void slotsEndedBeforeTheBranchWasFoundedAreNotRequired() {
        BranchFacts young = new BranchFacts(BRANCH, "新支部", "230109002", null, LocalDate.of(2026, 11, 5), false, false);
        BranchCompliance q4 = calculator.branch(young, held, Period.parse("period", "2026-Q4"), AFTER_2026);
        RequirementCompliance day = q4.requirements().stream()
                .filter(r -> r.type() == MeetingType.THEME_PARTY_DAY).findFirst().orElseThrow();
        assertEquals(2, day.required());   // November and December, not October
    }

    @Test
    public void frequenciesAreDistrictSettings() {
        ComplianceRules halfYearly = new ComplianceRules(Map.of(MeetingType.MEMBER_ASSEMBLY, Frequency.HALF_YEARLY),
                CommitteeRule.FULL_MEMBERS, 7);
        BranchCompliance q2 = new ComplianceCalculator(halfYearly).branch(branch(true, true), held,
                Period.parse("period", "2026-Q2"), AFTER_2026);
        assertEquals(1, q2.requirements().size());   // only the assembly is required; none in Q1 for it
        assertEquals(MeetingType.MEMBER_ASSEMBLY, q2.requirements().get(0).type());
        assertTrue(new ComplianceCalculator(halfYearly).branch(branch(true, true), held,
                Period.parse("period", "2026-Q1"), AFTER_2026).requirements().isEmpty());
    }

    @Test
    public void committeeRules() {
        assertTrue(ComplianceRules.regulations2018().hasCommittee(7, false));
        assertTrue(!ComplianceRules.regulations2018().hasCommittee(6, true));
        ComplianceRules byLeadership = new ComplianceRules(Map.of(), CommitteeRule.LEADERSHIP, 7);
        assertTrue(byLeadership.hasCommittee(3, true));
        assertTrue(!byLeadership.hasCommittee(9, false));
        ComplianceRules either = new ComplianceRules(Map.of(), CommitteeRule.EITHER, 7);
        assertTrue(either.hasCommittee(3, true) && either.hasCommittee(7, false) && !either.hasCommittee(6, false));
    }

    @Test
    public void totalsSumSlotsAndCountStatuses() {
        hold(MeetingType.MEMBER_ASSEMBLY, "2026-10-01");
        BranchCompliance a = compute(branch(false, false), "2026-Q4", AFTER_2026);
        BranchCompliance b = calculator.branch(new BranchFacts(12, "怡园", "230109002", null, null, false, false),
                List.of(), Period.parse("period", "2026-Q4"), LocalDate.of(2026, 10, 1));
        ComplianceTotals totals = ComplianceCalculator.totals(List.of(a, b));
        assertEquals(2, totals.branches());
        assertEquals(1, totals.branchesMissed());
        assertEquals(1, totals.branchesDue());
        assertEquals(a.required() + b.required(), totals.required());
        assertEquals(1, totals.met());
        assertEquals(a.missed(), totals.missed());
        assertEquals(ComplianceCalculator.percent(1, a.missed()), totals.compliancePercent());
        ComplianceTotals district = ComplianceCalculator.sum(List.of(totals, totals));
        assertEquals(4, district.branches());
        assertEquals(totals.compliancePercent(), district.compliancePercent());
    }

    @Test
    public void percentagesRoundHalfUpToOneDecimal() {
        assertEquals(66.7, ComplianceCalculator.percent(2, 1), 0);
        assertEquals(33.3, ComplianceCalculator.percent(1, 2), 0);
        assertEquals(12.5, ComplianceCalculator.ratio(1, 8), 0);
        assertNull(ComplianceCalculator.ratio(0, 0));
    }
}
