package org.silverbranch.core.persistence.internal.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.persistence.internal.street.CommunityEntity;

/** Checks an organization request against the stored tree; collects every problem before failing. */
final class OrganizationValidator {

    private final EntityManager em;

    OrganizationValidator(EntityManager em) {
        this.em = em;
    }

    /**
     * @param streetCode the street the organization belongs to
     * @param selfId     the organization's own id on update, null on create
     * @param districtWide whether the caller sees every street; to others another street's parent is unknown
     */
    void validate(Organization o, String streetCode, Long selfId, boolean districtWide) {
        Problems p = new Problems();
        p.requireText("name", o.name(), 100);
        p.require("type", o.type());
        if (o.foundedOn() != null && o.foundedOn().isAfter(LocalDate.now())) {
            p.add("foundedOn", "DATE_IN_FUTURE");
        }
        if (o.communityCode() != null) {
            CommunityEntity community = em.find(CommunityEntity.class, o.communityCode());
            if (community == null) {
                p.add("communityCode", "UNKNOWN_COMMUNITY", o.communityCode());
            } else if (!community.getStreetCode().equals(streetCode)) {
                p.add("communityCode", "COMMUNITY_NOT_IN_STREET", o.communityCode(), streetCode);
            }
        } else if (o.type() == org.silverbranch.core.api.model.OrganizationType.COMMUNITY_COMMITTEE) {
            p.add("communityCode", "REQUIRED");
        }
        if (o.type() != null) {
            validateParent(p, o, streetCode, selfId, districtWide);
        }
        p.throwIfAny();
    }

    private void validateParent(Problems p, Organization o, String streetCode, Long selfId, boolean districtWide) {
        Set<org.silverbranch.core.api.model.OrganizationType> allowed = BranchRules.allowedParents(o.type());
        if (o.parentId() == null) {
            if (!allowed.isEmpty()) {
                p.add("parentId", "REQUIRED");
            }
            return;
        }
        OrganizationEntity parent = em.find(OrganizationEntity.class, o.parentId());
        if (parent == null || (!districtWide && !parent.getStreetCode().equals(streetCode))) {
            p.add("parentId", "UNKNOWN_PARENT", o.parentId());
        } else if (!parent.getStreetCode().equals(streetCode)) {
            p.add("parentId", "PARENT_NOT_IN_STREET", o.parentId(), streetCode);
        } else if (!allowed.contains(parent.getType())) {
            p.add("parentId", "INVALID_PARENT_TYPE", parent.getType(), o.type());
        } else if (parent.getStatus() != OrganizationStatus.ACTIVE) {
            p.add("parentId", "PARENT_NOT_ACTIVE", o.parentId());
        } else if (selfId != null && isDescendantOrSelf(parent, selfId)) {
            p.add("parentId", "PARENT_CYCLE", o.parentId());
        }
    }

    private boolean isDescendantOrSelf(OrganizationEntity candidate, long selfId) {
        Set<Long> seen = new HashSet<>();
        for (OrganizationEntity o = candidate; o != null && seen.add(o.getId()); ) {
            if (o.getId() == selfId) {
                return true;
            }
            o = o.getParentId() == null ? null : em.find(OrganizationEntity.class, o.getParentId());
        }
        return false;
    }
}
