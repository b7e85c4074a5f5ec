package org.silverbranch.core.persistence.internal.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.OrganizationType;

/**
 * Structural rules of Party organizations.
 * Source: 《中国共产党支部工作条例（试行）》(2018), art. 8-9: a branch with 7 or more full members sets up a branch
 * committee (支委会, of at least 3); a smaller branch has a secretary (and a deputy where needed).
 */
public final class BranchRules {

    /** Full members from which a branch must have a committee. */
    public static final int COMMITTEE_THRESHOLD = 7;
    /** Smallest committee: secretary plus members. */
    public static final int MIN_COMMITTEE_SIZE = 3;

    private static final Map<OrganizationType, Set<OrganizationType>> ALLOWED_PARENTS = Map.of(
            OrganizationType.STREET_COMMITTEE, EnumSet.noneOf(OrganizationType.class),
            OrganizationType.COMMUNITY_COMMITTEE, EnumSet.of(OrganizationType.STREET_COMMITTEE),
            OrganizationType.GENERAL_BRANCH,
            EnumSet.of(OrganizationType.STREET_COMMITTEE, OrganizationType.COMMUNITY_COMMITTEE),
            OrganizationType.BRANCH, EnumSet.of(OrganizationType.STREET_COMMITTEE,
                    OrganizationType.COMMUNITY_COMMITTEE, OrganizationType.GENERAL_BRANCH),
            OrganizationType.GROUP, EnumSet.of(OrganizationType.BRANCH));

    private BranchRules() {
    }

    /** Which types may be the parent of an organization of this type; empty means it has no parent. */
    public static Set<OrganizationType> allowedParents(OrganizationType type) {
        return ALLOWED_PARENTS.get(type);
    }

    /** Whether members are registered directly in organizations of this type. */
    public static boolean holdsMembers(OrganizationType type) {
        return type == OrganizationType.BRANCH || type == OrganizationType.GENERAL_BRANCH;
    }

    /**
     * Positions a branch should have filled and has not.
     *
     * @param fullMembers  active full members of the branch
     * @param currentRoles roles of the terms running today (one entry per person)
     */
    public static List<LeaderRole> vacancies(OrganizationType type, int fullMembers, List<LeaderRole> currentRoles) {
        List<LeaderRole> vacant = new ArrayList<>();
        if (type != OrganizationType.BRANCH && type != OrganizationType.GENERAL_BRANCH) {
            return vacant;
        }
        if (!currentRoles.contains(LeaderRole.SECRETARY)) {
            vacant.add(LeaderRole.SECRETARY);
        }
        boolean needsCommittee = type == OrganizationType.GENERAL_BRANCH || fullMembers >= COMMITTEE_THRESHOLD;
        if (needsCommittee && currentRoles.size() < MIN_COMMITTEE_SIZE) {
            vacant.add(LeaderRole.COMMITTEE_MEMBER);
        }
        return vacant;
    }
}
