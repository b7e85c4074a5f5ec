package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.CriterionStatus;
import org.silverbranch.orglife.assessment.internal.service.Fixture;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.rules.StarScoring.Line;

public class StarScoringTest {

    private static final StarTable DEFAULTS = new AssessmentSettings(Fixture.defaults()).stars();

    private static Line got(String key, int points, int earned) {
        return new Line(key, points, CriterionStatus.AVAILABLE, earned);
    }

    private static Line missing(String key, int points) {
        return new Line(key, points, CriterionStatus.NOT_AVAILABLE, null);
    }

    @Test
    public void theShippedTableAddsUpToOneHundredPoints() {
        assertEquals(100, DEFAULTS.totalPoints());
        assertEquals(List.of(60, 70, 80, 90), DEFAULTS.starThresholds());
        assertEquals(7, DEFAULTS.criteria().size());
    }

    @Test
    public void starsStepUpExactlyAtEachThreshold() {
        List<Integer> t = DEFAULTS.starThresholds();
        assertEquals(1, StarScoring.stars(t, 0));
        assertEquals(1, StarScoring.stars(t, 59));
        assertEquals(2, StarScoring.stars(t, 60));
        assertEquals(2, StarScoring.stars(t, 69));
        assertEquals(3, StarScoring.stars(t, 70));
        assertEquals(4, StarScoring.stars(t, 89));
        assertEquals(5, StarScoring.stars(t, 90));
        assertEquals(5, StarScoring.stars(t, 100));
    }

    @Test
    public void classesFollowTheSecondThresholdTable() {
        assertEquals(BranchClass.FIRST, StarScoring.branchClass(90, 70, 90));
        assertEquals(BranchClass.SECOND, StarScoring.branchClass(90, 70, 89));
        assertEquals(BranchClass.SECOND, StarScoring.branchClass(90, 70, 70));
        assertEquals(BranchClass.THIRD, StarScoring.branchClass(90, 70, 69));
    }

    @Test
    public void aPercentageEarnsItsShareRoundedDownAndAYesNoFigureAllOrNothing() {
        assertEquals(23, StarScoring.earned(25, BranchFigure.percent(95, null)));  // 23.75
        assertEquals(25, StarScoring.earned(25, BranchFigure.percent(100, null)));
        assertEquals(0, StarScoring.earned(25, BranchFigure.percent(0, null)));
        assertEquals(10, StarScoring.earned(10, BranchFigure.met(true, null)));
        assertEquals(0, StarScoring.earned(10, BranchFigure.met(false, null)));
    }

    @Test
    public void aMissingFigureIsLeftOutOfTheScoreNotCountedAsZero() {
        // every criterion of the table full but dues collection, whose source is missing
        List<Line> lines = List.of(got("MEETING_COMPLIANCE", 25, 25), missing("DUES_COLLECTION", 15),
                got("PARTICIPATION", 15, 15), got("SECRETARY_IN_PLACE", 10, 10), got("RECORDS", 10, 10),
                got("STUDY", 10, 10), got("SERVICE", 15, 15));
        StarScoring.Result r = StarScoring.score(DEFAULTS, lines);
        assertEquals(85, r.earned());
        assertEquals(85, r.available());
        assertEquals(100, r.max());
        assertEquals(Integer.valueOf(100), r.score());  // 85 of 85 available, not 85 of 100
        assertEquals(Integer.valueOf(5), r.stars());
        assertEquals(BranchClass.FIRST, r.branchClass());
    }

    @Test
    public void aScoreIsTheShareOfAvailablePointsRoundedDown() {
        List<Line> lines = List.of(got("MEETING_COMPLIANCE", 25, 20), got("DUES_COLLECTION", 15, 12),
                got("PARTICIPATION", 15, 9), got("SECRETARY_IN_PLACE", 10, 10), got("RECORDS", 10, 6),
                got("STUDY", 10, 7), got("SERVICE", 15, 10));
        StarScoring.Result r = StarScoring.score(DEFAULTS, lines);
        assertEquals(74, r.earned());
        assertEquals(Integer.valueOf(74), r.score());
        assertEquals(Integer.valueOf(3), r.stars());
        // class over the compliance criteria only: 51 of 65 = 78 → 二类
        assertEquals(BranchClass.SECOND, r.branchClass());
    }

    @Test
    public void withNothingAvailableThereIsNoScoreNoStarsNoClass() {
        StarScoring.Result r = StarScoring.score(DEFAULTS, List.of(missing("MEETING_COMPLIANCE", 25),
                new Line("RECORDS", 10, CriterionStatus.NOT_SCORED, null)));
        assertNull(r.score());
        assertNull(r.stars());
        assertNull(r.branchClass());
        assertEquals(35, r.max());
    }

    @Test
    public void theClassIsNotAvailableWhenNoClassCriterionIs() {
        StarScoring.Result r = StarScoring.score(DEFAULTS, List.of(missing("MEETING_COMPLIANCE", 25),
                got("RECORDS", 10, 10)));
        assertEquals(Integer.valueOf(5), r.stars());
        assertNull(r.branchClass());
    }

    @Test
    public void sixStarsAndZeroStarsAreNotStars() {
        assertEquals(false, StarScoring.validStars(6));
        assertEquals(false, StarScoring.validStars(0));
        assertEquals(true, StarScoring.validStars(1));
        assertEquals(true, StarScoring.validStars(5));
    }

    @Test
    public void aLineCannotEarnMoreThanItsPointsOrBeAvailableWithoutPoints() {
        assertThrows(IllegalArgumentException.class, () -> got("RECORDS", 10, 11));
        assertThrows(IllegalArgumentException.class, () -> new Line("RECORDS", 10, CriterionStatus.AVAILABLE, null));
        assertThrows(IllegalArgumentException.class, () -> new Line("RECORDS", 10, CriterionStatus.NOT_SCORED, 3));
    }

    @Test
    public void aFigureIsAPercentageOrAYesNoFactNeverBoth() {
        assertThrows(IllegalArgumentException.class, () -> BranchFigure.percent(101, null));
        assertThrows(IllegalArgumentException.class, () -> BranchFigure.percent(-1, null));
        assertThrows(IllegalArgumentException.class, () -> new BranchFigure(50, true, null));
        assertThrows(IllegalArgumentException.class, () -> new BranchFigure(null, null, null));
    }
}
