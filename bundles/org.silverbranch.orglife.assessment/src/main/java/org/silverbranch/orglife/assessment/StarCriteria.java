package org.silverbranch.orglife.assessment;

import java.util.List;

/**
 * The district's star rating table: the criteria, and how a score becomes stars and a class.
 * <p>
 * The score of a rating is the points earned out of 100, over the criteria that are available:
 * {@code earned × 100 / available points}, rounded down; a criterion without its figure neither costs nor earns.
 * Stars: 1, plus one for each of {@code starThresholds} (ascending, the least score for 2, 3, 4 and 5 stars) the
 * score reaches. Class: the same score over the {@code classCriteria} only (all criteria when empty) reaching
 * {@code firstClassThreshold} is 一类, {@code secondClassThreshold} 二类, otherwise 三类.
 *
 * @param sources the keys of the figure sources registered now (a computed criterion whose key is missing here is
 *                not available)
 */
public record StarCriteria(List<StarCriterion> criteria, int totalPoints, List<Integer> starThresholds,
                           List<String> classCriteria, int firstClassThreshold, int secondClassThreshold,
                           List<String> sources) {
}
