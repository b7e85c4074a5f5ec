package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SECRETARY;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.VIEWER;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fails;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fields;

import java.time.LocalDate;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.orglife.assessment.Appraisal;
import org.silverbranch.orglife.assessment.AppraisalCounts;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.BranchAppraisals;
import org.silverbranch.orglife.assessment.internal.FakeCore;

public class AppraisalServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 18);
    private static Fixture f;

    @BeforeClass
    public static void start() {
        f = new Fixture();
    }

    @AfterClass
    public static void stop() {
        f.close();
    }

    private static AppraisalInput input(AppraisalResult result, Long version) {
        return new AppraisalInput(result, DAY, "支部党员大会民主评议", version);
    }

    @Test
    public void oneAppraisalPerMemberAndYearChangedOnlyWithTheVersionRead() {
        long m = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH);
        Appraisal first = f.appraisals.put(SECRETARY, m, 2026, input(AppraisalResult.QUALIFIED, null));
        assertEquals(AppraisalResult.QUALIFIED, first.result());
        assertEquals(FakeCore.TIANEHU_BRANCH, first.organizationId());
        assertEquals(FakeCore.TAIYANGDAO, first.streetCode());

        fails(ErrorKind.CONFLICT, "APPRAISAL_EXISTS",
                () -> f.appraisals.put(STREET_ADMIN, m, 2026, input(AppraisalResult.EXCELLENT, null)));
        Appraisal changed = f.appraisals.put(STREET_ADMIN, m, 2026, input(AppraisalResult.EXCELLENT, first.version()));
        assertEquals(AppraisalResult.EXCELLENT, changed.result());
        fails(ErrorKind.CONFLICT, "STALE_VERSION",
                () -> f.appraisals.put(STREET_ADMIN, m, 2026, input(AppraisalResult.UNQUALIFIED, first.version())));
        fails(ErrorKind.NOT_FOUND, "APPRAISAL_NOT_FOUND",
                () -> f.appraisals.put(STREET_ADMIN, m, 2025, input(AppraisalResult.QUALIFIED, 0L)));

        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ol_appraisal WHERE member_id = ?", m));
        assertEquals(List.of(AppraisalResult.EXCELLENT),
                f.appraisals.ofMember(VIEWER, m).stream().map(Appraisal::result).toList());
        assertEquals(1, f.audit.entries.stream().filter(e -> e.action().equals("APPRAISAL_UPDATE")
                && e.changes().get("result").equals(List.of("QUALIFIED", "EXCELLENT"))).count());
    }

    @Test
    public void badInputWritesNothing() {
        long m = f.core.member("李建国", FakeCore.TIANEHU_BRANCH);
        var e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.appraisals.put(STREET_ADMIN, m, 2026,
                new AppraisalInput(null, DAY.plusDays(10), null, null)));
        assertEquals(List.of("result:REQUIRED", "appraisedOn:DATE_IN_FUTURE"), fields(e));
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_appraisal WHERE member_id = ?", m));
    }

    @Test
    public void onlyTheBranchsWritersAppraiseAndOtherStreetsDoNotSeeTheMember() {
        long m = f.core.member("张淑芬", FakeCore.YIYUAN_BRANCH);
        // the secretary of 天鹅湖 does not find a member of 怡园 (the core's scope), another street's admin neither
        fails(ErrorKind.NOT_FOUND, "MEMBER_NOT_FOUND",
                () -> f.appraisals.put(SECRETARY, m, 2026, input(AppraisalResult.QUALIFIED, null)));
        fails(ErrorKind.NOT_FOUND, "MEMBER_NOT_FOUND",
                () -> f.appraisals.put(SONGBEI_ADMIN, m, 2026, input(AppraisalResult.QUALIFIED, null)));
        fails(ErrorKind.NOT_FOUND, "MEMBER_NOT_FOUND", () -> f.appraisals.ofMember(SONGBEI_ADMIN, m));
        // the street's viewer sees but may not write
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN",
                () -> f.appraisals.put(VIEWER, m, 2026, input(AppraisalResult.QUALIFIED, null)));
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_appraisal WHERE member_id = ?", m));
    }

    @Test
    public void theBranchSheetShowsEveryMemberWithResultOrMissing() {
        long a = f.core.member("甲 赵", FakeCore.OUMEIYA_BRANCH);
        long b = f.core.member("乙 钱", FakeCore.OUMEIYA_BRANCH);
        f.core.member("丙 孙", FakeCore.OUMEIYA_BRANCH);
        f.appraisals.put(SONGBEI_ADMIN, a, 2026, input(AppraisalResult.EXCELLENT, null));
        f.appraisals.put(SONGBEI_ADMIN, b, 2026, input(AppraisalResult.BASICALLY_QUALIFIED, null));

        BranchAppraisals sheet = f.appraisals.ofBranch(SONGBEI_ADMIN, FakeCore.OUMEIYA_BRANCH, 2026);
        assertEquals(3, sheet.members().size());
        assertEquals(1, sheet.missing());
        assertEquals(1, sheet.counts().excellent());
        assertEquals(1, sheet.counts().basicallyQualified());
        assertNull(sheet.members().stream().filter(r -> r.memberName().equals("丙 孙")).findFirst().orElseThrow()
                .appraisal());
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND",
                () -> f.appraisals.ofBranch(STREET_ADMIN, FakeCore.OUMEIYA_BRANCH, 2026));
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH",
                () -> f.appraisals.ofBranch(STREET_ADMIN, FakeCore.TIANEHU_COMMITTEE, 2026));
    }

    @Test
    public void countsPerStreetAndDistrictForTheDashboards() {
        long a = f.core.member("孙立平", FakeCore.YIYUAN_BRANCH);
        long b = f.core.member("周海燕", FakeCore.OUMEIYA_BRANCH);
        f.appraisals.put(STREET_ADMIN, a, 2025, new AppraisalInput(AppraisalResult.UNQUALIFIED,
                LocalDate.of(2026, 1, 15), null, null));
        f.appraisals.put(DISTRICT, b, 2025, new AppraisalInput(AppraisalResult.UNQUALIFIED,
                LocalDate.of(2025, 12, 30), null, null));

        AppraisalCounts street = f.appraisals.counts(STREET_ADMIN, FakeCore.TAIYANGDAO, 2025);
        assertEquals(1, street.unqualified());
        assertEquals(1, street.total());
        AppraisalCounts district = f.appraisals.counts(DISTRICT, null, 2025);
        assertEquals(2, district.unqualified());
        assertEquals(List.of(FakeCore.TAIYANGDAO, FakeCore.SONGBEI),
                f.appraisals.countsByStreet(DISTRICT, 2025).stream().map(AppraisalCounts::streetCode).toList());
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND", () -> f.appraisals.counts(STREET_ADMIN, FakeCore.SONGBEI, 2025));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.appraisals.counts(STREET_ADMIN, null, 2025));
    }

    @Test
    public void theLedgerShowsTheAppraisalOnItsDay() {
        long m = f.core.member("吴国华", FakeCore.TIANEHU_BRANCH);
        f.appraisals.put(STREET_ADMIN, m, 2026, input(AppraisalResult.EXCELLENT, null));
        List<LedgerEntry> entries = f.ledger.entries(DISTRICT, m, 2026);
        assertEquals(List.of(new LedgerEntry("core", DAY, "APPRAISAL", "2026年度民主评议党员：优秀", null, null)),
                entries);
        assertEquals(List.of(), f.ledger.entries(DISTRICT, m, 2025));
    }
}
