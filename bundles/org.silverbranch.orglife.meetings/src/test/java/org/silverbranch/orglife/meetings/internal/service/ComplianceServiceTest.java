package org.silverbranch.orglife.meetings.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.silverbranch.orglife.meetings.internal.FakeCore.*;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.present;

import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.BranchYearCompliance;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.DistrictCompliance;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.RequirementCompliance;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.meetings.internal.MeetingsSettings;
import org.silverbranch.orglife.meetings.internal.rules.CommitteeRule;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceRules;

/**
 * Compliance computed from meetings stored in the database, with the core's organizations: a quarter of meetings
 * of the 天鹅湖 branch (9 full members: a committee; two groups), "today" 2026-11-16.
 */
public class ComplianceServiceTest {

    private static final Period Q3 = Period.parse("period", "2026-Q3");
    private static final Period Q4 = Period.parse("period", "2026-Q4");
    private final Fixture f = new Fixture();

    @After
    public void close() {
        f.close();
    }

    private static RequirementCompliance of(BranchCompliance b, MeetingType type) {
        return b.requirements().stream().filter(r -> r.type() == type).findFirst().orElse(null);
    }

    private void aFullThirdQuarter() {
        for (int month = 7; month <= 9; month++) {
            f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, month, 5), present(101));
            f.hold(TIANEHU_BRANCH, MeetingType.BRANCH_COMMITTEE, LocalDate.of(2026, month, 6), present(101));
            f.hold(month == 8 ? TIANEHU_GROUP_2 : TIANEHU_GROUP_1, MeetingType.GROUP_MEETING,
                    LocalDate.of(2026, month, 7), present(102));
        }
        f.hold(TIANEHU_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 8, 20), present(101));
        f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, LocalDate.of(2026, 9, 30), present(101));
    }

    @Test
    public void aQuarterOfMeetingsMeetsTheQuarterAndOnlyIt() {
        aFullThirdQuarter();
        BranchCompliance q3 = f.compliance.organization(STREET_ADMIN, TIANEHU_BRANCH, Q3);
        assertEquals(ComplianceStatus.MET, q3.status());
        assertEquals(3 + 3 + 3 + 1 + 1, q3.required());   // Party day, committee, group monthly; lecture, assembly
        assertEquals(q3.required(), q3.met());
        assertEquals(100.0, q3.compliancePercent(), 0);

        BranchCompliance q4 = f.compliance.organization(STREET_ADMIN, TIANEHU_BRANCH, Q4);
        assertEquals(ComplianceStatus.MISSED, q4.status());   // October is over without any meeting
        assertEquals(3, of(q4, MeetingType.THEME_PARTY_DAY).required());
        assertEquals(1, of(q4, MeetingType.THEME_PARTY_DAY).missed());
        assertEquals(2, of(q4, MeetingType.THEME_PARTY_DAY).due());
        assertEquals(ComplianceStatus.DUE, of(q4, MeetingType.MEMBER_ASSEMBLY).status());
        assertEquals(ComplianceStatus.DUE, of(q4, MeetingType.REVIEW_MEETING).status());
    }

    @Test
    public void onlyHeldMeetingsCount() {
        f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, new MeetingInput(null, MeetingType.MEMBER_ASSEMBLY,
                MeetingStatus.PLANNED, LocalDate.of(2026, 12, 10), null, "计划", null, null, null, null));
        var cancelled = f.hold(TIANEHU_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 10, 10));
        f.meetings.update(STREET_ADMIN, cancelled.id(), new MeetingInput(cancelled.version(), MeetingType.PARTY_LECTURE,
                MeetingStatus.CANCELLED, cancelled.date(), null, "取消", null, null, null, null));
        BranchCompliance q4 = f.compliance.organization(STREET_ADMIN, TIANEHU_BRANCH, Q4);
        assertEquals(0, q4.met());
    }

    @Test
    public void aBranchWithoutCommitteeOrGroupsIsNotAskedForThem() {
        BranchCompliance yiyuan = f.compliance.organization(STREET_ADMIN, YIYUAN_BRANCH, Q4);   // 4 full members
        assertNull(of(yiyuan, MeetingType.BRANCH_COMMITTEE));
        assertNull(of(yiyuan, MeetingType.GROUP_MEETING));
        BranchCompliance tianehu = f.compliance.organization(STREET_ADMIN, TIANEHU_BRANCH, Q4);
        assertEquals(3, of(tianehu, MeetingType.BRANCH_COMMITTEE).required());
        assertEquals(3, of(tianehu, MeetingType.GROUP_MEETING).required());
    }

    @Test
    public void theCommitteeRuleByLeadershipAsksTheCore() {
        MeetingsSettings byLeadership = new MeetingsSettings(new ComplianceRules(
                ComplianceRules.regulations2018().frequencies(), CommitteeRule.LEADERSHIP, 7), 4096);
        ComplianceServiceImpl service = new ComplianceServiceImpl(f.db, f.core.streets, f.core.organizations,
                byLeadership, f.clock);
        assertNull(of(service.organization(STREET_ADMIN, YIYUAN_BRANCH, Q4), MeetingType.BRANCH_COMMITTEE));
        f.core.committeeMember(YIYUAN_BRANCH, 202);
        assertEquals(3, of(service.organization(STREET_ADMIN, YIYUAN_BRANCH, Q4), MeetingType.BRANCH_COMMITTEE)
                .required());
    }

    @Test
    public void theYearByQuarterAndMonth() {
        aFullThirdQuarter();
        f.hold(TIANEHU_BRANCH, MeetingType.REVIEW_MEETING, LocalDate.of(2026, 1, 20), present(101));
        BranchYearCompliance year = f.compliance.organizationYear(TIANEHU_SECRETARY, TIANEHU_BRANCH, 2026);
        assertEquals(4, year.quarters().size());
        assertEquals(12, year.months().size());
        assertEquals("2026-Q3", year.quarters().get(2).period());
        assertEquals(ComplianceStatus.MET, year.quarters().get(2).status());
        assertEquals(ComplianceStatus.MISSED, year.quarters().get(0).status());
        assertEquals(ComplianceStatus.MET, year.months().get(6).status());   // July: Party day, committee, group
        assertEquals(ComplianceStatus.MET, of(year.wholeYear(), MeetingType.REVIEW_MEETING).status());
        assertEquals(ComplianceStatus.MET, of(year.quarters().get(3), MeetingType.REVIEW_MEETING).status());
        assertNull(of(year.quarters().get(0), MeetingType.REVIEW_MEETING));
    }

    @Test
    public void theStreetListsItsRetireeBranchesWithTotals() {
        aFullThirdQuarter();
        f.hold(OUMEIYA_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 7, 1));
        StreetCompliance street = f.compliance.street(STREET_ADMIN, TAIYANGDAO, Q3);
        assertEquals("太阳岛街道", street.streetName());
        assertEquals(List.of(TIANEHU_BRANCH, YIYUAN_BRANCH),
                street.branches().stream().map(BranchCompliance::organizationId).toList());
        assertEquals(ComplianceStatus.MET, street.branches().get(0).status());
        assertEquals(ComplianceStatus.MISSED, street.branches().get(1).status());
        assertEquals(2, street.totals().branches());
        assertEquals(1, street.totals().branchesMet());
        assertEquals(1, street.totals().branchesMissed());
        int required = 11 + 5;   // 怡园: Party day ×3, lecture, assembly
        assertEquals(required, street.totals().required());
        assertEquals(11, street.totals().met());
        assertEquals(Double.valueOf(68.8), street.totals().compliancePercent());
    }

    @Test
    public void theDistrictRollsUpEachStreet() {
        aFullThirdQuarter();
        f.hold(OUMEIYA_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 7, 1));
        DistrictCompliance district = f.compliance.district(AUDITOR, Q3);
        assertEquals(List.of(TAIYANGDAO, SONGBEI), district.streets().stream().map(s -> s.streetCode()).toList());
        assertEquals(2, district.streets().get(0).totals().branches());
        assertEquals(1, district.streets().get(1).totals().met());
        assertEquals(3, district.totals().branches());
        assertEquals(12, district.totals().met());
    }

    @Test
    public void whoMayReadCompliance() {
        assertEquals(ErrorKind.FORBIDDEN, refused(() -> f.compliance.district(STREET_ADMIN, Q4)).kind());
        assertEquals("STREET_NOT_FOUND", refused(() -> f.compliance.street(SONGBEI_ADMIN, TAIYANGDAO, Q4)).code());
        assertEquals(ErrorKind.FORBIDDEN, refused(() -> f.compliance.street(TIANEHU_SECRETARY, TAIYANGDAO, Q4)).kind());
        assertEquals("ORGANIZATION_NOT_FOUND",
                refused(() -> f.compliance.organization(SONGBEI_ADMIN, TIANEHU_BRANCH, Q4)).code());
        assertEquals("ORGANIZATION_NOT_FOUND",
                refused(() -> f.compliance.organization(YIYUAN_SECRETARY, TIANEHU_BRANCH, Q4)).code());
        assertEquals("NOT_A_BRANCH", refused(() -> f.compliance.organization(STREET_ADMIN, TIANEHU_GROUP_1, Q4)).code());
        assertEquals(TIANEHU_BRANCH, (long) f.compliance.organization(TIANEHU_SECRETARY, TIANEHU_BRANCH, Q4)
                .organizationId());
        // a general branch has compliance of its own, not counted in the retiree roll-up
        f.core.organization(99, "新总支", OrganizationType.GENERAL_BRANCH, true, TAIYANGDAO, null, null, 20);
        assertEquals(99, (long) f.compliance.organization(VIEWER, 99, Q4).organizationId());
        assertEquals(2, f.compliance.street(VIEWER, TAIYANGDAO, Q4).branches().size());
    }

    private static ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
