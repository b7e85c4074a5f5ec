package org.silverbranch.orglife.assessment;

/**
 * Promotion or demotion (晋位升级) of a branch against its confirmed rating of the year before: more stars is UP,
 * fewer DOWN; with equal stars a better class is UP, a worse one DOWN. FIRST when there is no confirmed rating of
 * the year before.
 */
public enum StarMovement {
    UP,
    SAME,
    DOWN,
    FIRST
}
