package org.silverbranch.orglife.supervision.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.SECRETARY;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.STREET;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.TODAY;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.fails;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.fields;

import java.time.LocalDate;
import java.util.List;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.orglife.supervision.FindingInput;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.InspectionKind;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.RectificationUpdate;
import org.silverbranch.orglife.supervision.internal.FakeCore;

/** Inspections and rectification tasks on a real database; each test uses branches of its own where it counts. */
public class SupervisionServiceTest {

    private static Fixture f;
    private static long nextBranch = 100;
    private long branch;

    @BeforeClass
    public static void open() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    /** A fresh branch of 太阳岛街道 for the test, so lists and counts see only its tasks. */
    @Before
    public void newBranch() {
        f.clock.set(TODAY);
        branch = nextBranch++;
        f.core.organization(branch, "测试支部" + branch, OrganizationType.BRANCH, STREET, FakeCore.TIANEHU);
    }

    private long rows(String table) {
        return f.db.count("SELECT COUNT(*) FROM " + table + " WHERE organization_id = ?", branch);
    }

    @Test
    public void anInspectionAndItsFindingsAreWrittenTogetherAndAudited() {
        Member owner = f.core.member(branch, "王秀兰");
        int audited = f.core.audit.entries.size();
        Inspection created = f.supervision.createInspection(STREET_ADMIN, branch, new InspectionInput(
                TODAY.minusDays(2), InspectionKind.SPECIAL, List.of(" 李督查 ", "赵干事"), "党费收缴需加强", List.of(
                        new FindingInput("补齐三季度党员大会记录", TODAY.plusDays(10), owner.id(), "别的名字"),
                        new FindingInput("公示党费收缴情况", TODAY.minusDays(2), null, "街道组织委员"))));

        assertEquals(List.of("李督查", "赵干事"), created.inspectors());
        assertEquals("测试支部" + branch, created.organizationName());
        assertEquals(2, created.findings().size());
        Rectification first = created.findings().get(0);
        assertEquals("王秀兰", first.ownerName());  // the core's name of the member, not the one sent
        assertEquals(owner.id(), first.ownerMemberId());
        assertEquals(RectificationStatus.OPEN, first.status());
        assertEquals("街道组织委员", created.findings().get(1).ownerName());
        assertEquals(1, rows("ol_inspection"));
        assertEquals(2, rows("ol_rectification"));
        assertEquals(created, f.supervision.inspection(DISTRICT, created.id()));
        FakeCore.Audit.Entry entry = f.core.audit.entries.get(audited);
        assertEquals("INSPECTION_CREATE", entry.action());
        assertEquals(String.valueOf(created.id()), entry.entityId());
        assertEquals("2", entry.changes().get("findings").get(1));
    }

    @Test
    public void aDeadlineBeforeTheInspectionIsRefusedAndNothingIsWritten() {
        int audited = f.core.audit.entries.size();
        ServiceException e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED",
                () -> f.inspect(STREET_ADMIN, branch, TODAY.minusDays(1), TODAY, TODAY.minusDays(2)));
        assertEquals(List.of("findings[1].deadline:DEADLINE_BEFORE_INSPECTION"), fields(e));
        assertEquals(0, rows("ol_inspection"));
        assertEquals(0, rows("ol_rectification"));
        assertEquals(audited, f.core.audit.entries.size());
    }

    @Test
    public void anOwnerMustBeAnActiveMemberOfTheInspectedBranch() {
        Member elsewhere = f.core.member(FakeCore.YIYUAN_BRANCH, "李建国");
        Member gone = f.core.member(branch, "刘振华", Membership.FULL, MemberStatus.DECEASED, Residency.resident());
        Member otherStreet = f.core.member(FakeCore.OUMEIYA_BRANCH, "陈松北");
        ServiceException e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED",
                () -> f.supervision.createInspection(STREET_ADMIN, branch, new InspectionInput(TODAY,
                        InspectionKind.ROUTINE, List.of("李督查"), null, List.of(
                        new FindingInput("甲", TODAY, elsewhere.id(), null),
                        new FindingInput("乙", TODAY, gone.id(), null),
                        new FindingInput("丙", TODAY, otherStreet.id(), null)))));
        assertEquals(List.of("findings[0].ownerMemberId:MEMBER_NOT_IN_ORGANIZATION",
                "findings[1].ownerMemberId:MEMBER_NOT_ACTIVE",
                "findings[2].ownerMemberId:MEMBER_NOT_IN_ORGANIZATION"), fields(e));
        assertEquals(0, rows("ol_rectification"));
    }

    @Test
    public void districtAndStreetAdministratorsInspectOthersMayNot() {
        f.inspect(DISTRICT, branch, TODAY);
        f.inspect(STREET_ADMIN, branch, TODAY);
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.inspect(Fixture.VIEWER, branch, TODAY));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.inspect(Fixture.AUDITOR, branch, TODAY));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN",
                () -> f.inspect(Fixture.SECRETARY, FakeCore.TIANEHU_BRANCH, TODAY));
        // another street's branch does not exist for them
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND", () -> f.inspect(SONGBEI_ADMIN, branch, TODAY));
        assertEquals(2, rows("ol_inspection"));
    }

    @Test
    public void onlyActiveBranchesAreInspected() {
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH", () -> f.inspect(DISTRICT, FakeCore.TIANEHU_COMMITTEE, TODAY));
        f.core.status(branch, OrganizationStatus.MERGED);
        fails(ErrorKind.CONFLICT, "BRANCH_NOT_ACTIVE", () -> f.inspect(DISTRICT, branch, TODAY));
    }

    @Test
    public void theSecretaryClosesTheTasksOfTheirOwnBranchOnly() {
        Inspection own = f.inspect(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, TODAY.minusDays(3), TODAY.plusDays(5));
        Rectification task = own.findings().get(0);
        int audited = f.core.audit.entries.size();

        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.supervision.updateRectification(Fixture.VIEWER, task.id(),
                new RectificationUpdate(RectificationStatus.DONE, TODAY, "已补齐", null, task.version())));
        fails(ErrorKind.NOT_FOUND, "RECTIFICATION_NOT_FOUND", () -> f.supervision.updateRectification(
                Fixture.YIYUAN_SECRETARY, task.id(),
                new RectificationUpdate(RectificationStatus.DONE, TODAY, "已补齐", null, task.version())));
        Rectification done = f.supervision.updateRectification(SECRETARY, task.id(),
                new RectificationUpdate(RectificationStatus.DONE, TODAY.minusDays(1), " 已补齐记录并公示 ", null,
                        task.version()));

        assertEquals(RectificationStatus.DONE, done.status());
        assertEquals(TODAY.minusDays(1), done.completedOn());
        assertEquals("已补齐记录并公示", done.completionNote());
        assertTrue(done.version() > task.version());
        FakeCore.Audit.Entry entry = f.core.audit.entries.get(audited);
        assertEquals(audited + 1, f.core.audit.entries.size());
        assertEquals("RECTIFICATION_UPDATE", entry.action());
        assertEquals("tianehu-secretary", entry.username());
        assertEquals(List.of("OPEN", "DONE"), entry.changes().get("status"));

        // a closed task stays closed
        fails(ErrorKind.CONFLICT, "RECTIFICATION_CLOSED", () -> f.supervision.updateRectification(SECRETARY,
                task.id(), new RectificationUpdate(RectificationStatus.CANCELLED, null, null, "不需要了", done.version())));
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        Rectification task = f.inspect(STREET_ADMIN, branch, TODAY, TODAY.plusDays(5)).findings().get(0);
        f.supervision.updateRectification(STREET_ADMIN, task.id(),
                new RectificationUpdate(RectificationStatus.CANCELLED, null, null, "已合并到其他任务", task.version()));
        Rectification other = f.inspect(STREET_ADMIN, branch, TODAY, TODAY.plusDays(5)).findings().get(0);
        fails(ErrorKind.CONFLICT, "STALE_VERSION", () -> f.supervision.updateRectification(STREET_ADMIN, other.id(),
                new RectificationUpdate(RectificationStatus.DONE, TODAY, "已完成", null, other.version() + 1)));
        assertEquals(RectificationStatus.OPEN, f.supervision.rectification(STREET_ADMIN, other.id()).status());
        assertEquals("已合并到其他任务", f.supervision.rectification(STREET_ADMIN, task.id()).cancelReason());
    }

    @Test
    public void completionBeforeTheInspectionIsRefused() {
        Rectification task = f.inspect(STREET_ADMIN, branch, TODAY.minusDays(3), TODAY).findings().get(0);
        ServiceException e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.supervision.updateRectification(
                STREET_ADMIN, task.id(), new RectificationUpdate(RectificationStatus.DONE, TODAY.minusDays(4), "已完成",
                        null, task.version())));
        assertEquals(List.of("completedOn:COMPLETED_BEFORE_INSPECTION"), fields(e));
        assertEquals(RectificationStatus.OPEN, f.supervision.rectification(STREET_ADMIN, task.id()).status());
    }

    @Test
    public void overdueTasksAreListedPerStreetAndDistrictAsTheClockMoves() {
        long songbei = nextBranch++;
        f.core.organization(songbei, "松北测试支部", OrganizationType.BRANCH, FakeCore.SONGBEI, FakeCore.OUMEIYA);
        Inspection inspection = f.inspect(STREET_ADMIN, branch, TODAY.minusDays(10), TODAY.minusDays(1), TODAY,
                TODAY.plusDays(1));
        Inspection far = f.inspect(DISTRICT, songbei, TODAY.minusDays(10), TODAY.minusDays(5));
        List<Long> ids = inspection.findings().stream().map(Rectification::id).toList();

        List<Rectification> late = f.supervision.streetRectifications(STREET_ADMIN, STREET, RectificationStatus.OPEN,
                true).stream().filter(r -> r.organizationId() == branch).toList();
        assertEquals(List.of(ids.get(0)), late.stream().map(Rectification::id).toList());
        assertEquals(1, late.get(0).daysOverdue());
        assertEquals(2, f.supervision.streetRectifications(STREET_ADMIN, STREET, null, false).stream()
                .filter(r -> r.organizationId() == branch).count());

        // the district sees both streets; a street never sees the other
        List<Long> district = f.supervision.districtRectifications(DISTRICT, null, true).stream()
                .map(Rectification::id).toList();
        assertTrue(district.contains(ids.get(0)));
        assertTrue(district.contains(far.findings().get(0).id()));
        assertFalse(f.supervision.streetRectifications(STREET_ADMIN, STREET, null, null).stream()
                .anyMatch(r -> r.streetCode().equals(FakeCore.SONGBEI)));

        f.clock.set(TODAY.plusDays(2));
        assertEquals(ids, f.supervision.streetRectifications(STREET_ADMIN, STREET, null, true).stream()
                .filter(r -> r.organizationId() == branch).map(Rectification::id).toList());

        // done tasks are never overdue
        Rectification first = f.supervision.rectification(STREET_ADMIN, ids.get(0));
        f.supervision.updateRectification(STREET_ADMIN, first.id(),
                new RectificationUpdate(RectificationStatus.DONE, TODAY, "已完成", null, first.version()));
        assertEquals(ids.subList(1, 3), f.supervision.streetRectifications(Fixture.VIEWER, STREET, null, true).stream()
                .filter(r -> r.organizationId() == branch).map(Rectification::id).toList());
    }

    @Test
    public void countsPerStreetAndDistrict() {
        RectificationCounts before = f.supervision.streetCounts(STREET_ADMIN, STREET);
        Inspection i = f.inspect(STREET_ADMIN, branch, TODAY.minusDays(10), TODAY.minusDays(1), TODAY, TODAY);
        Rectification r = i.findings().get(2);
        f.supervision.updateRectification(STREET_ADMIN, r.id(),
                new RectificationUpdate(RectificationStatus.CANCELLED, null, null, "重复", r.version()));

        RectificationCounts after = f.supervision.streetCounts(STREET_ADMIN, STREET);
        assertEquals(before.open() + 2, after.open());
        assertEquals(before.overdue() + 1, after.overdue());
        assertEquals(before.cancelled() + 1, after.cancelled());
        assertEquals(before.done(), after.done());
        assertEquals(after, f.supervision.districtCounts(DISTRICT).stream()
                .filter(c -> c.streetCode().equals(STREET)).findFirst().orElseThrow());
    }

    @Test
    public void streetListsFollowTheStreetRules() {
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND",
                () -> f.supervision.streetRectifications(SONGBEI_ADMIN, STREET, null, null));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN",
                () -> f.supervision.streetRectifications(SECRETARY, STREET, null, null));
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND",
                () -> f.supervision.streetRectifications(DISTRICT, "230109999", null, null));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.supervision.districtRectifications(STREET_ADMIN, null, null));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.supervision.districtCounts(STREET_ADMIN));
        f.supervision.districtRectifications(Fixture.AUDITOR, null, null);
    }

    @Test
    public void inspectionsOfABranchAreReadWithinScopeNewestFirst() {
        Inspection older = f.inspect(STREET_ADMIN, FakeCore.YIYUAN_BRANCH, TODAY.minusDays(30), TODAY);
        Inspection newer = f.inspect(STREET_ADMIN, FakeCore.YIYUAN_BRANCH, TODAY.minusDays(1), TODAY, TODAY);
        List<Inspection> listed = f.supervision.inspections(Fixture.YIYUAN_SECRETARY, FakeCore.YIYUAN_BRANCH);
        assertEquals(newer.id(), listed.get(0).id());
        assertEquals(2, listed.get(0).findings().size());
        assertTrue(listed.stream().anyMatch(i -> i.id().equals(older.id())));

        // another branch's secretary, another street and a specialist do not see them
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND",
                () -> f.supervision.inspections(SECRETARY, FakeCore.YIYUAN_BRANCH));
        fails(ErrorKind.NOT_FOUND, "INSPECTION_NOT_FOUND", () -> f.supervision.inspection(SECRETARY, newer.id()));
        fails(ErrorKind.NOT_FOUND, "INSPECTION_NOT_FOUND", () -> f.supervision.inspection(SONGBEI_ADMIN, newer.id()));
        fails(ErrorKind.NOT_FOUND, "INSPECTION_NOT_FOUND",
                () -> f.supervision.inspection(Fixture.SPECIALIST, newer.id()));
        fails(ErrorKind.NOT_FOUND, "INSPECTION_NOT_FOUND", () -> f.supervision.inspection(DISTRICT, 999_999));
        assertEquals(newer, f.supervision.inspection(Fixture.AUDITOR, newer.id()));
    }

    @Test
    public void aDeadlineOnTheInspectionDayIsAccepted() {
        LocalDate on = TODAY.minusDays(7);
        Inspection i = f.inspect(STREET_ADMIN, branch, on, on);
        assertEquals(on, i.findings().get(0).deadline());
        assertTrue(i.findings().get(0).overdue());
        assertEquals(7, i.findings().get(0).daysOverdue());
    }
}
