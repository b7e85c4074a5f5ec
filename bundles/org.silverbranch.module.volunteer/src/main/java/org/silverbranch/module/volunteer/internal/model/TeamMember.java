package org.silverbranch.module.volunteer.internal.model;

import java.time.Instant;

/**
 * One volunteer on a team's roster.
 *
 * @param memberId the core member id
 * @param name     the member's name as the core had it when they joined or the roster was last saved
 */
public record TeamMember(long memberId, String name, Instant joinedAt) {
}
