package org.silverbranch.orglife.supervision.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.supervision.FindingInput;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.InspectionKind;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.RectificationUpdate;

public class InspectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 5);
    private static final LocalDate INSPECTED = LocalDate.of(2026, 11, 3);

    private static List<String> problems(InspectionInput in) {
        Problems p = new Problems();
        InspectionRules.check(in, TODAY, p);
        return p.list().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static List<String> problems(RectificationUpdate in) {
        Problems p = new Problems();
        InspectionRules.check(in, INSPECTED, TODAY, p);
        return p.list().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static InspectionInput inspection(FindingInput... findings) {
        return new InspectionInput(INSPECTED, InspectionKind.ROUTINE, List.of("李督查", "赵干事"), "组织生活基本正常",
                List.of(findings));
    }

    private static FindingInput finding(LocalDate deadline) {
        return new FindingInput("党员大会记录不全", deadline, null, "张书记");
    }

    @Test
    public void aDeadlineOnTheInspectionDayIsAcceptedTheDayBeforeIsNot() {
        assertEquals(List.of(), problems(inspection(finding(INSPECTED))));
        assertEquals(List.of("findings[1].deadline:DEADLINE_BEFORE_INSPECTION"),
                problems(inspection(finding(INSPECTED), finding(INSPECTED.minusDays(1)))));
    }

    @Test
    public void theDeadlineProblemNamesTheInspectionDate() {
        Problems p = new Problems();
        InspectionRules.check(inspection(finding(INSPECTED.minusDays(30))), TODAY, p);
        FieldProblem problem = p.list().get(0);
        assertEquals(List.of("2026-11-03"), problem.args());
    }

    @Test
    public void everyMissingFieldIsReportedAtOnce() {
        List<String> all = problems(new InspectionInput(null, null, List.of(), null,
                List.of(new FindingInput(" ", null, null, null))));
        assertEquals(List.of("inspectedOn:REQUIRED", "kind:REQUIRED", "inspectors:REQUIRED",
                "findings[0].description:REQUIRED", "findings[0].deadline:REQUIRED", "findings[0].ownerName:OWNER_REQUIRED"),
                all);
    }

    @Test
    public void anInspectionCannotBeInTheFuture() {
        InspectionInput tomorrow = new InspectionInput(TODAY.plusDays(1), InspectionKind.SPECIAL, List.of("李督查"), null,
                List.of());
        assertEquals(List.of("inspectedOn:DATE_IN_FUTURE"), problems(tomorrow));
    }

    @Test
    public void namesAreOneLineOfAtMostFiftyCharacters() {
        InspectionInput in = new InspectionInput(INSPECTED, InspectionKind.ROUTINE,
                List.of("李督查\n赵干事", "王".repeat(51)), null, List.of());
        assertEquals(List.of("inspectors[0]:INVALID_VALUE", "inspectors[1]:TOO_LONG"), problems(in));
        List<String> many = new ArrayList<>(Collections.nCopies(21, "李督查"));
        assertEquals(List.of("inspectors:TOO_MANY_ITEMS"),
                problems(new InspectionInput(INSPECTED, InspectionKind.ROUTINE, many, null, List.of())));
    }

    @Test
    public void anOwnerGivenByMemberIdNeedsNoName() {
        assertEquals(List.of(), problems(inspection(new FindingInput("学习记录缺失", TODAY, 1001L, null))));
    }

    @Test
    public void doneNeedsACompletionDateBetweenInspectionAndTodayAndANote() {
        assertEquals(List.of(), problems(new RectificationUpdate(RectificationStatus.DONE, INSPECTED, "已补齐记录", null, 0L)));
        assertEquals(List.of("completedOn:COMPLETED_BEFORE_INSPECTION"),
                problems(new RectificationUpdate(RectificationStatus.DONE, INSPECTED.minusDays(1), "已补齐", null, 0L)));
        assertEquals(List.of("completedOn:DATE_IN_FUTURE"),
                problems(new RectificationUpdate(RectificationStatus.DONE, TODAY.plusDays(1), "已补齐", null, 0L)));
        assertEquals(List.of("completedOn:REQUIRED", "completionNote:REQUIRED"),
                problems(new RectificationUpdate(RectificationStatus.DONE, null, null, null, 0L)));
    }

    @Test
    public void cancellingNeedsAReasonAndAVersion() {
        assertEquals(List.of("version:REQUIRED", "cancelReason:REQUIRED"),
                problems(new RectificationUpdate(RectificationStatus.CANCELLED, null, null, "", null)));
    }

    @Test
    public void aTaskCannotBeSetBackToOpen() {
        assertEquals(List.of("status:INVALID_VALUE"),
                problems(new RectificationUpdate(RectificationStatus.OPEN, null, null, null, 0L)));
        assertTrue(problems(new RectificationUpdate(null, null, null, null, 0L)).contains("status:REQUIRED"));
    }
}
