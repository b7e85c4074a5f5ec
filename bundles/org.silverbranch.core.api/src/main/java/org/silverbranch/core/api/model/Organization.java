package org.silverbranch.core.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A Party organization. In requests {@code name, type, retiree, communityCode, parentId, foundedOn} are read
 * (and {@code status, version} on update); the rest is computed and only answered.
 *
 * @param retiree         a 离退休干部党支部
 * @param memberCount     active members of this organization (answer only)
 * @param fullMemberCount active full members (answer only)
 * @param vacancies       leadership positions this branch should have filled but has not (answer only)
 */
public record Organization(
        Long id,
        Long version,
        String name,
        OrganizationType type,
        Boolean retiree,
        String streetCode,
        String communityCode,
        Long parentId,
        LocalDate foundedOn,
        OrganizationStatus status,
        Integer memberCount,
        Integer fullMemberCount,
        List<LeaderRole> vacancies) {
}
