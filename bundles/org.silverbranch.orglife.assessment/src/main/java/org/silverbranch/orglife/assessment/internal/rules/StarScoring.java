package org.silverbranch.orglife.assessment.internal.rules;

import java.util.List;

import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.CriterionStatus;

/**
 * How a rating's criteria become a score, stars and a class (the rules {@code StarCriteria} documents). Criteria
 * that are not available (no figure) or not scored yet are left out of both the points earned and the points
 * available: a missing figure neither costs nor earns, and is shown as such, never as zero.
 */
public final class StarScoring {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    private StarScoring() {
    }

    /** One criterion of a rating as scoring sees it; {@code earned} is set exactly when the status is AVAILABLE. */
    public record Line(String key, int points, CriterionStatus status, Integer earned) {

        public Line {
            if ((status == CriterionStatus.AVAILABLE) != (earned != null)) {
                throw new IllegalArgumentException("points earned exactly when available: " + key);
            }
            if (earned != null && (earned < 0 || earned > points)) {
                throw new IllegalArgumentException("earned outside 0.." + points + ": " + key);
            }
        }
    }

    /**
     * @param score  earned × 100 / available, rounded down; null when nothing is available
     * @param stars  null without a score
     * @param branchClass null when no class criterion is available
     */
    public record Result(int earned, int available, int max, Integer score, Integer stars, BranchClass branchClass) {
    }

    /** The points a figure earns: a percentage that share of the points, rounded down; yes all, no none. */
    public static int earned(int points, BranchFigure figure) {
        if (figure.met() != null) {
            return figure.met() ? points : 0;
        }
        return points * figure.percent() / 100;
    }

    public static Result score(StarTable table, List<Line> lines) {
        int earned = 0;
        int available = 0;
        int max = 0;
        int classEarned = 0;
        int classAvailable = 0;
        for (Line line : lines) {
            max += line.points();
            if (line.status() != CriterionStatus.AVAILABLE) {
                continue;
            }
            earned += line.earned();
            available += line.points();
            if (table.countsForClass(line.key())) {
                classEarned += line.earned();
                classAvailable += line.points();
            }
        }
        Integer score = available == 0 ? null : earned * 100 / available;
        Integer stars = score == null ? null : stars(table.starThresholds(), score);
        BranchClass branchClass = classAvailable == 0 ? null
                : branchClass(table.firstClassThreshold(), table.secondClassThreshold(), classEarned * 100 / classAvailable);
        return new Result(earned, available, max, score, stars, branchClass);
    }

    /** 1, plus one for each threshold (ascending) the score reaches. */
    public static int stars(List<Integer> thresholds, int score) {
        int stars = MIN_STARS;
        for (int threshold : thresholds) {
            if (score >= threshold) {
                stars++;
            }
        }
        return Math.min(stars, MAX_STARS);
    }

    public static BranchClass branchClass(int firstThreshold, int secondThreshold, int score) {
        if (score >= firstThreshold) {
            return BranchClass.FIRST;
        }
        return score >= secondThreshold ? BranchClass.SECOND : BranchClass.THIRD;
    }

    public static boolean validStars(Integer stars) {
        return stars != null && stars >= MIN_STARS && stars <= MAX_STARS;
    }
}
