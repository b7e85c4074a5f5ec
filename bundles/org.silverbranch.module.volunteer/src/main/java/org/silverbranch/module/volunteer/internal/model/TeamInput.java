package org.silverbranch.module.volunteer.internal.model;

import java.util.List;

/**
 * A team to create ({@code POST}) or its new state ({@code PUT}).
 *
 * @param serviceLabel  required for OTHER, e.g. 理论宣讲; ignored otherwise
 * @param communityCode the community the team serves; this or {@code branchId} (or both) is required
 * @param branchId      the Party branch the team belongs to
 * @param captainId     the captain (a member id); joins the roster if not on it
 * @param memberIds     the roster; on {@code PUT}, null keeps the roster as it is
 * @param status        {@code PUT} only (null keeps it); a new team is ACTIVE
 * @param version       {@code PUT} only, required: the version read
 */
public record TeamInput(String name, ServiceType serviceType, String serviceLabel, String communityCode,
                        Long branchId, Long captainId, List<Long> memberIds, TeamStatus status, Long version) {
}
