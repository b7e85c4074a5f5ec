package org.silverbranch.orglife.assessment.internal.service;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.CriterionResult;
import org.silverbranch.orglife.assessment.RatingStatus;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarMovement;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.internal.persistence.StarRatingEntity;
import org.silverbranch.orglife.assessment.internal.persistence.StarRatingItemEntity;
import org.silverbranch.orglife.assessment.internal.rules.Movement;
import org.silverbranch.orglife.assessment.internal.rules.StarScoring;

/** Ratings as the API shows them, with their movement against the previous year's confirmed rating. */
final class StarDtos {

    /** The stars and class of a confirmed rating, for movements. */
    record Previous(Integer stars, BranchClass branchClass) {
    }

    /** A rating as the distribution counts it. */
    record Counted(long organizationId, RatingStatus status, Integer stars, BranchClass branchClass) {
    }

    private StarDtos() {
    }

    static StarRating rating(StarRatingEntity r, Previous previous) {
        // in table order: a fetch join does not keep the collection's @OrderBy
        List<CriterionResult> criteria = r.getItems().stream()
                .sorted(Comparator.comparingInt(StarRatingItemEntity::getLineNo)).map(StarDtos::criterion).toList();
        Integer previousStars = previous == null ? null : previous.stars();
        BranchClass previousClass = previous == null ? null : previous.branchClass();
        return new StarRating(r.getId(), r.getVersion(), r.getOrganizationId(), r.getOrganizationName(),
                r.getStreetCode(), r.getRatingYear(), r.getStatus(), criteria, r.getEarnedPoints(),
                r.getAvailablePoints(), r.getMaxPoints(), r.getScore(), r.getComputedStars(), r.getComputedClass(),
                r.getStars(), r.getBranchClass(), r.getEvidence(), r.getNote(),
                Movement.of(r.getStars(), r.getBranchClass(), previousStars, previousClass), previousStars,
                previousClass, r.getCreatedBy(), r.getCreatedAt(), r.getConfirmedBy(), r.getConfirmedAt());
    }

    static CriterionResult criterion(StarRatingItemEntity i) {
        return new CriterionResult(i.getCriterionKey(), i.getCriterionName(), i.getKind(), i.getPoints(),
                i.getStatus(), i.getFigurePercent(), i.getFigureMet(), i.getEarned(), i.getEvidence());
    }

    /**
     * Counts the confirmed ratings by stars, class and movement; drafts only as a number.
     *
     * @param previous organization → its confirmed rating of the year before
     */
    static StarDistribution distribution(String streetCode, int year, List<Counted> ratings,
                                         Map<Long, Previous> previous) {
        Map<Integer, Long> byStars = new TreeMap<>();
        for (int s = StarScoring.MIN_STARS; s <= StarScoring.MAX_STARS; s++) {
            byStars.put(s, 0L);
        }
        Map<BranchClass, Long> byClass = new EnumMap<>(BranchClass.class);
        for (BranchClass c : BranchClass.values()) {
            byClass.put(c, 0L);
        }
        Map<StarMovement, Long> byMovement = new EnumMap<>(StarMovement.class);
        for (StarMovement m : StarMovement.values()) {
            byMovement.put(m, 0L);
        }
        long confirmed = 0;
        long drafts = 0;
        for (Counted r : ratings) {
            if (r.status() != RatingStatus.CONFIRMED) {
                drafts++;
                continue;
            }
            confirmed++;
            byStars.merge(r.stars(), 1L, Long::sum);
            byClass.merge(r.branchClass(), 1L, Long::sum);
            Previous p = previous.get(r.organizationId());
            StarMovement movement = Movement.of(r.stars(), r.branchClass(), p == null ? null : p.stars(),
                    p == null ? null : p.branchClass());
            byMovement.merge(movement, 1L, Long::sum);
        }
        return new StarDistribution(streetCode, year, confirmed, drafts, byStars, byClass, byMovement);
    }
}
