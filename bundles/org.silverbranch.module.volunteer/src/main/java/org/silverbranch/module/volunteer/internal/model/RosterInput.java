package org.silverbranch.module.volunteer.internal.model;

import java.util.List;

/**
 * The whole new roster of a team.
 *
 * @param memberIds core member ids, each an active member of the street; must include the captain
 * @param version   the team's version read
 */
public record RosterInput(List<Long> memberIds, Long version) {
}
