package org.silverbranch.orglife.assessment.internal.rules;

import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.StarMovement;

/**
 * Promotion and demotion (晋位升级) against the confirmed rating of the year before: stars first, then, at equal
 * stars, the class (一类 above 二类 above 三类).
 */
public final class Movement {

    private Movement() {
    }

    /**
     * @return FIRST without a previous rating, null while the rating has no stars yet (a draft without any figure)
     */
    public static StarMovement of(Integer stars, BranchClass branchClass, Integer previousStars,
                                  BranchClass previousClass) {
        if (previousStars == null) {
            return StarMovement.FIRST;
        }
        if (stars == null) {
            return null;
        }
        int byStars = Integer.compare(stars, previousStars);
        if (byStars != 0) {
            return byStars > 0 ? StarMovement.UP : StarMovement.DOWN;
        }
        if (branchClass == null || previousClass == null || branchClass == previousClass) {
            return StarMovement.SAME;
        }
        // a lower ordinal is a better class
        return branchClass.ordinal() < previousClass.ordinal() ? StarMovement.UP : StarMovement.DOWN;
    }
}
