package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SECRETARY;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.VIEWER;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fails;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fields;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.orglife.assessment.SecretaryAssessment;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.StreetSubsidies;
import org.silverbranch.orglife.assessment.SubsidyLedger;
import org.silverbranch.orglife.assessment.SubsidyMonth.Status;
import org.silverbranch.orglife.assessment.SubsidyPayment;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.FakeCore;
import org.silverbranch.orglife.assessment.internal.rules.SubsidyTable;

public class SecretaryAssessmentServiceTest {

    private Fixture f;
    /** 天鹅湖's secretary since 2024, until 2027-02-10. */
    private long wang;

    @Before
    public void start() {
        f = new Fixture();
        wang = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH);
        f.core.secretary(FakeCore.TIANEHU_BRANCH, wang, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 10));
    }

    @After
    public void stop() {
        f.close();
    }

    private SecretaryAssessment assess(SecretaryGrade grade) {
        return f.secretaries.assess(STREET_ADMIN, FakeCore.TIANEHU_BRANCH,
                new SecretaryAssessmentInput(2026, null, grade, "组织生活规范", LocalDate.of(2026, 12, 18)));
    }

    private static SubsidyPaymentInput months(String... months) {
        return new SubsidyPaymentInput(java.util.Arrays.stream(months).map(YearMonth::parse).toList(), null, "银行代发");
    }

    @Test
    public void theCurrentSecretaryIsAssessedAndTheGradeSetsNextYearsMonthlySubsidy() {
        SecretaryAssessment a = assess(SecretaryGrade.GOOD);
        assertEquals(wang, a.memberId());
        assertEquals("王秀兰", a.memberName());
        assertEquals(25_000, a.monthlySubsidyFen());
        assertEquals(2027, a.subsidyYear());
        assertEquals(List.of(a.id()), f.secretaries.ofBranch(SECRETARY, FakeCore.TIANEHU_BRANCH).stream()
                .map(SecretaryAssessment::id).toList());
        fails(ErrorKind.CONFLICT, "ASSESSMENT_EXISTS", () -> assess(SecretaryGrade.EXCELLENT));
        assertEquals(1, f.audit.count("SECRETARY_ASSESSMENT_CREATE"));
        assertEquals("2026年度天鹅湖社区离退休干部党支部书记考核：良好",
                f.ledger.entries(DISTRICT, wang, 2026).get(0).title());
    }

    @Test
    public void aBranchWithoutSecretaryOrAMemberWhoWasNotSecretaryIsRefused() {
        var none = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.secretaries.assess(STREET_ADMIN,
                FakeCore.YIYUAN_BRANCH, new SecretaryAssessmentInput(2026, null, SecretaryGrade.PASS, null, null)));
        assertEquals(List.of("memberId:NO_SECRETARY"), fields(none));
        long li = f.core.member("李建国", FakeCore.TIANEHU_BRANCH);
        var notSecretary = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.secretaries.assess(STREET_ADMIN,
                FakeCore.TIANEHU_BRANCH, new SecretaryAssessmentInput(2026, li, SecretaryGrade.PASS, null, null)));
        assertEquals(List.of("memberId:NOT_SECRETARY"), fields(notSecretary));
        // 王秀兰 took office in 2024: no assessment of 2023
        var before = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.secretaries.assess(STREET_ADMIN,
                FakeCore.TIANEHU_BRANCH, new SecretaryAssessmentInput(2023, null, SecretaryGrade.PASS, null,
                        LocalDate.of(2024, 1, 5))));
        assertEquals(List.of("memberId:NOT_SECRETARY"), fields(before));
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_secretary_assessment"));
    }

    @Test
    public void onlyTheStreetAndTheDistrictAssess() {
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.secretaries.assess(SECRETARY, FakeCore.TIANEHU_BRANCH,
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.EXCELLENT, null, null)));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.secretaries.assess(VIEWER, FakeCore.TIANEHU_BRANCH,
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.EXCELLENT, null, null)));
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND", () -> f.secretaries.assess(SONGBEI_ADMIN,
                FakeCore.TIANEHU_BRANCH, new SecretaryAssessmentInput(2026, null, SecretaryGrade.GOOD, null, null)));
        assertEquals(2026, f.secretaries.assess(DISTRICT, FakeCore.TIANEHU_BRANCH,
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.GOOD, null, null)).year());
    }

    @Test
    public void theLedgerShowsEachMonthDueAndPaidAndAMonthIsPaidOnce() {
        assess(SecretaryGrade.GOOD);
        // in December 2026 every month of 2027 is still to come
        SubsidyLedger ahead = f.secretaries.ledger(SECRETARY, wang, 2027);
        assertEquals(Status.UPCOMING, ahead.months().get(0).status());
        assertEquals(0, ahead.dueFen());

        f.clock.set(LocalDateTime.of(2027, 3, 15, 9, 0));
        SubsidyLedger ledger = f.secretaries.ledger(STREET_ADMIN, wang, 2027);
        assertEquals(List.of(Status.DUE, Status.DUE, Status.NOT_DUE, Status.NOT_DUE),
                ledger.months().subList(0, 4).stream().map(m -> m.status()).toList());
        assertEquals("NOT_SECRETARY", ledger.months().get(2).reason());  // term ended 2027-02-10
        assertEquals(50_000, ledger.dueFen());
        assertEquals(50_000, ledger.owedFen());

        List<SubsidyPayment> paid = f.secretaries.pay(STREET_ADMIN, wang, months("2027-01"));
        assertEquals(1, paid.size());
        assertEquals(25_000, paid.get(0).amountFen());
        assertEquals(LocalDate.of(2027, 3, 15), paid.get(0).paidOn());

        var twice = fails(ErrorKind.CONFLICT, "MONTH_ALREADY_PAID",
                () -> f.secretaries.pay(STREET_ADMIN, wang, months("2027-02", "2027-01")));
        assertEquals(List.of("months[1]:MONTH_ALREADY_PAID"), fields(twice));
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ol_subsidy_payment"));  // February not paid either

        var notDue = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED",
                () -> f.secretaries.pay(STREET_ADMIN, wang, months("2027-02", "2027-03", "2026-12", "2027-04")));
        assertEquals(List.of("months[3]:MONTH_IN_FUTURE"), fields(notDue));
        var notDue2 = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED",
                () -> f.secretaries.pay(STREET_ADMIN, wang, months("2027-02", "2027-03", "2026-12")));
        assertEquals(List.of("months[1]:MONTH_NOT_DUE_NOT_SECRETARY", "months[2]:MONTH_NOT_DUE_NOT_ASSESSED"),
                fields(notDue2));

        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.secretaries.pay(SECRETARY, wang, months("2027-02")));
        f.secretaries.pay(DISTRICT, wang, months("2027-02"));
        SubsidyLedger after = f.secretaries.ledger(SECRETARY, wang, 2027);
        assertEquals(50_000, after.paidFen());
        assertEquals(0, after.owedFen());
        assertEquals(2, f.audit.count("SUBSIDY_PAYMENT"));
    }

    @Test
    public void aFailGivesNoSubsidyAndALaterTableChangeKeepsTheAmountAssessed() {
        long zhao = f.core.member("赵桂英", FakeCore.YIYUAN_BRANCH);
        f.core.secretary(FakeCore.YIYUAN_BRANCH, zhao, LocalDate.of(2025, 1, 1), null);
        f.secretaries.assess(STREET_ADMIN, FakeCore.YIYUAN_BRANCH,
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.FAIL, "全年未开展主题党日", null));
        assess(SecretaryGrade.EXCELLENT);

        Map<SecretaryGrade, Long> raised = new EnumMap<>(SecretaryGrade.class);
        for (SecretaryGrade g : SecretaryGrade.values()) {
            raised.put(g, 50_000L);
        }
        var later = new org.silverbranch.orglife.assessment.internal.service.SecretaryAssessmentServiceImpl(f.db,
                f.core.organizations, f.core.members, f.audit,
                new AssessmentSettings(f.settings.stars(), new SubsidyTable(raised)), f.clock);

        f.clock.set(LocalDateTime.of(2027, 2, 1, 9, 0));
        assertEquals(30_000, later.ledger(STREET_ADMIN, wang, 2027).months().get(0).dueFen());
        assertEquals("ZERO_AMOUNT", later.ledger(STREET_ADMIN, zhao, 2027).months().get(0).reason());

        f.secretaries.pay(STREET_ADMIN, wang, months("2027-01"));
        long calls = f.core.leadershipCalls.get();
        StreetSubsidies street = f.secretaries.ofStreet(VIEWER, FakeCore.TAIYANGDAO, 2027);
        assertEquals(2, f.core.leadershipCalls.get() - calls);  // once per branch, not per month
        assertEquals(2, street.secretaries().size());
        StreetSubsidies.Row wangRow = street.secretaries().stream().filter(r -> r.memberId() == wang).findFirst()
                .orElseThrow();
        assertEquals(2, wangRow.monthsDue());  // January and February; the term ends 2027-02-10
        assertEquals(1, wangRow.monthsPaid());
        assertEquals(60_000, wangRow.dueFen());
        assertEquals(30_000, wangRow.owedFen());
        assertEquals(60_000, street.dueFen());
        assertEquals(30_000, street.paidFen());
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND", () -> f.secretaries.ofStreet(SONGBEI_ADMIN, FakeCore.TAIYANGDAO,
                2027));
        fails(ErrorKind.NOT_FOUND, "MEMBER_NOT_FOUND", () -> f.secretaries.ledger(SONGBEI_ADMIN, wang, 2027));
    }
}
