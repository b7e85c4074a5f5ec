package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.CriterionScore;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.StarCriterion;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.service.Fixture;

public class InputRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final Map<String, StarCriterion> CRITERIA = new LinkedHashMap<>();

    static {
        new AssessmentSettings(Fixture.defaults()).stars().criteria().forEach(c -> CRITERIA.put(c.key(), c));
    }

    private static List<String> codes(Problems p) {
        return p.list().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static StarRatingInput rating(Integer stars, CriterionScore... scores) {
        return new StarRatingInput(2026, List.of(scores), stars, null, null, null, null, null);
    }

    @Test
    public void aGoodRatingHasNoProblem() {
        assertEquals(List.of(), codes(InputRules.starRating(rating(4, new CriterionScore("RECORDS", 10, "台账齐全")),
                true, CRITERIA, TODAY)));
    }

    @Test
    public void sixStarsAndZeroStarsAreRefused() {
        assertEquals(List.of("stars:OUT_OF_RANGE"), codes(InputRules.starRating(rating(6), true, CRITERIA, TODAY)));
        assertEquals(List.of("stars:OUT_OF_RANGE"), codes(InputRules.starRating(rating(0), true, CRITERIA, TODAY)));
    }

    @Test
    public void aScoreAboveTheCriterionsPointsOrBelowZeroIsRefused() {
        assertEquals(List.of("scores[0].score:OUT_OF_RANGE"),
                codes(InputRules.starRating(rating(null, new CriterionScore("RECORDS", 11, null)), true, CRITERIA, TODAY)));
        assertEquals(List.of("scores[0].score:OUT_OF_RANGE"),
                codes(InputRules.starRating(rating(null, new CriterionScore("RECORDS", -1, null)), true, CRITERIA, TODAY)));
        assertEquals(List.of(), codes(InputRules.starRating(rating(null, new CriterionScore("SERVICE", 15, null)),
                true, CRITERIA, TODAY)));
    }

    @Test
    public void unknownComputedAndRepeatedCriteriaAreRefused() {
        assertEquals(List.of("scores[0].criterion:UNKNOWN_CRITERION", "scores[1].criterion:NOT_SCORED_CRITERION",
                        "scores[3].criterion:DUPLICATE_CRITERION"),
                codes(InputRules.starRating(rating(null, new CriterionScore("HAPPINESS", 5, null),
                        new CriterionScore("DUES_COLLECTION", 5, null), new CriterionScore("STUDY", 5, null),
                        new CriterionScore("STUDY", 6, null)), true, CRITERIA, TODAY)));
    }

    @Test
    public void aCreateNamesTheYearAndNoVersionAnUpdateTheVersionAndNoYear() {
        assertEquals(List.of("year:OUT_OF_RANGE", "version:NOT_ALLOWED_ON_CREATE", "confirm:NOT_ALLOWED_ON_CREATE"),
                codes(InputRules.starRating(new StarRatingInput(2027, null, null, null, null, null, true, 3L), true,
                        CRITERIA, TODAY)));
        assertEquals(List.of("version:REQUIRED", "year:NOT_CHANGEABLE"),
                codes(InputRules.starRating(new StarRatingInput(2026, null, null, null, null, null, null, null), false,
                        CRITERIA, TODAY)));
    }

    @Test
    public void anAppraisalNeedsAResultAndADayOfTheYearOrTheNextNotInTheFuture() {
        assertEquals(List.of("result:REQUIRED", "appraisedOn:REQUIRED"),
                codes(InputRules.appraisal(new AppraisalInput(null, null, null, null), 2026, TODAY)));
        assertEquals(List.of("appraisedOn:DATE_IN_FUTURE"), codes(InputRules.appraisal(
                new AppraisalInput(AppraisalResult.QUALIFIED, TODAY.plusDays(1), null, null), 2026, TODAY)));
        assertEquals(List.of("appraisedOn:DATE_NOT_IN_YEAR_OR_NEXT"), codes(InputRules.appraisal(
                new AppraisalInput(AppraisalResult.QUALIFIED, LocalDate.of(2026, 1, 10), null, null), 2024, TODAY)));
        assertEquals(List.of(), codes(InputRules.appraisal(
                new AppraisalInput(AppraisalResult.QUALIFIED, LocalDate.of(2026, 1, 10), null, null), 2025, TODAY)));
        assertEquals(List.of("year:OUT_OF_RANGE"), codes(InputRules.appraisal(
                new AppraisalInput(AppraisalResult.QUALIFIED, TODAY, null, null), 2027, TODAY)));
        assertEquals(List.of("note:TOO_LONG"), codes(InputRules.appraisal(
                new AppraisalInput(AppraisalResult.EXCELLENT, TODAY, "很".repeat(501), null), 2026, TODAY)));
    }

    @Test
    public void aSecretaryAssessmentNeedsAGradeAndAYearNotAhead() {
        assertEquals(List.of("year:REQUIRED", "grade:REQUIRED"),
                codes(InputRules.secretaryAssessment(new SecretaryAssessmentInput(null, null, null, null, null), TODAY)));
        assertEquals(List.of("year:OUT_OF_RANGE"), codes(InputRules.secretaryAssessment(
                new SecretaryAssessmentInput(2027, null, SecretaryGrade.GOOD, null, null), TODAY)));
        assertEquals(List.of(), codes(InputRules.secretaryAssessment(
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.FAIL, null, null), TODAY)));
        // today (2026) is too late a day for the assessment of 2024: a day must be given
        assertEquals(List.of("assessedOn:DATE_NOT_IN_YEAR_OR_NEXT"), codes(InputRules.secretaryAssessment(
                new SecretaryAssessmentInput(2024, null, SecretaryGrade.PASS, null, null), TODAY)));
        assertEquals(List.of("comments:TOO_LONG"), codes(InputRules.secretaryAssessment(
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.PASS, "好".repeat(2001), null), TODAY)));
    }

    @Test
    public void aPaymentNamesEachMonthOnceNoneAfterTheMonthPaid() {
        assertEquals(List.of("months:REQUIRED"), codes(InputRules.payment(
                new SubsidyPaymentInput(List.of(), null, null), TODAY, TODAY)));
        assertEquals(List.of("months[1]:DUPLICATE_MONTH", "months[2]:MONTH_IN_FUTURE"), codes(InputRules.payment(
                new SubsidyPaymentInput(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 11), YearMonth.of(2027, 1)),
                        null, null), TODAY, TODAY)));
        assertEquals(List.of("paidOn:DATE_IN_FUTURE"), codes(InputRules.payment(
                new SubsidyPaymentInput(List.of(YearMonth.of(2026, 11)), TODAY.plusDays(1), null), TODAY.plusDays(1),
                TODAY)));
    }
}
