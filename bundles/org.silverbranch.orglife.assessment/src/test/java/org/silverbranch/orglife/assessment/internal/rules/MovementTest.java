package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.StarMovement;

/** 晋位升级: the report's 怡园 branch, 三星二类, moved up within the year. */
public class MovementTest {

    @Test
    public void moreStarsIsUpFewerIsDown() {
        assertEquals(StarMovement.UP, Movement.of(4, BranchClass.THIRD, 3, BranchClass.FIRST));
        assertEquals(StarMovement.DOWN, Movement.of(2, BranchClass.FIRST, 3, BranchClass.THIRD));
    }

    @Test
    public void atEqualStarsTheClassDecides() {
        assertEquals(StarMovement.UP, Movement.of(3, BranchClass.FIRST, 3, BranchClass.SECOND));
        assertEquals(StarMovement.DOWN, Movement.of(3, BranchClass.THIRD, 3, BranchClass.SECOND));
        assertEquals(StarMovement.SAME, Movement.of(3, BranchClass.SECOND, 3, BranchClass.SECOND));
    }

    @Test
    public void withoutAPreviousRatingItIsTheFirst() {
        assertEquals(StarMovement.FIRST, Movement.of(3, BranchClass.SECOND, null, null));
        assertEquals(StarMovement.FIRST, Movement.of(null, null, null, null));
    }

    @Test
    public void aDraftWithoutStarsHasNoMovementYet() {
        assertNull(Movement.of(null, null, 3, BranchClass.SECOND));
    }
}
