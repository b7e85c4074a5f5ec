package org.silverbranch.module.volunteer.internal.model;

import java.time.Instant;
import java.util.List;

/**
 * A volunteer team (志愿服务队) of a community or a branch of one street, as answered.
 *
 * @param serviceName   the service as people call it, e.g. 爱心义剪 (the label for OTHER)
 * @param captainId     the captain (队长), a core member id; always one of the members
 * @param members       the roster, by name
 */
public record Team(
        long id,
        long version,
        String streetCode,
        String name,
        ServiceType serviceType,
        String serviceLabel,
        String serviceName,
        String communityCode,
        Long branchId,
        Long captainId,
        String captainName,
        TeamStatus status,
        List<TeamMember> members,
        Instant createdAt,
        Instant updatedAt) {
}
