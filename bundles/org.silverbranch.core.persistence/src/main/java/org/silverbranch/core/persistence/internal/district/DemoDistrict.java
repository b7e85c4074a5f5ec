package org.silverbranch.core.persistence.internal.district;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.persistence.internal.member.MemberEntity;
import org.silverbranch.core.persistence.internal.organization.LeaderEntity;
import org.silverbranch.core.persistence.internal.organization.OrganizationEntity;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.street.CommunityEntity;
import org.silverbranch.core.persistence.internal.street.StreetEntity;

/**
 * The demo district of the source report: a working committee per street, and the 8 retiree branches the report
 * names, in their real communities, with synthetic members. 北岸明珠's branch is left small and without a secretary
 * so the demo shows a vacancy and a 化并转 candidate.
 */
final class DemoDistrict {

    record Summary(int organizations, int members) {
    }

    /** The report's retiree branches: community code, and a share of the demo members. */
    private record ReportBranch(String communityCode, int weight, boolean secretary) {
    }

    private static final List<ReportBranch> BRANCHES = List.of(
            new ReportBranch("230109002004", 19, true),  // 天鹅湖 (太阳岛街道)
            new ReportBranch("230109002002", 15, true),  // 怡园 (太阳岛街道)
            new ReportBranch("230109005012", 13, true),  // 欧美亚 (松北街道)
            new ReportBranch("230109005003", 12, true),  // 军安 (松北街道)
            new ReportBranch("230109007015", 12, true),  // 世茂滨江 (松祥街道)
            new ReportBranch("230109007001", 14, true),  // 世纪花园 (松祥街道)
            new ReportBranch("230109006017", 13, true),  // 宜和园 (松安街道)
            new ReportBranch("230109006006", 2, false)); // 北岸明珠 (松安街道)

    private final EntityManager em;
    private final int memberCount;
    private final SyntheticMembers people;
    private int organizations;

    DemoDistrict(EntityManager em, int memberCount, PersonalDataProtection protection) {
        this.em = em;
        this.memberCount = memberCount;
        this.people = new SyntheticMembers(20_261_125L, protection);
    }

    Summary create() {
        List<StreetEntity> streets = em.createQuery("SELECT s FROM StreetEntity s ORDER BY s.code", StreetEntity.class)
                .getResultList();
        java.util.Map<String, OrganizationEntity> committees = new java.util.HashMap<>();
        for (StreetEntity street : streets) {
            String suffix = street.getName().endsWith("镇") ? "党委" : "党工委";
            committees.put(street.getCode(), organization(street.getName() + suffix,
                    OrganizationType.STREET_COMMITTEE, false, street.getCode(), null, null, LocalDate.of(2010, 7, 1)));
        }
        int totalWeight = BRANCHES.stream().mapToInt(ReportBranch::weight).sum();
        int created = 0;
        for (int i = 0; i < BRANCHES.size(); i++) {
            ReportBranch b = BRANCHES.get(i);
            CommunityEntity community = em.find(CommunityEntity.class, b.communityCode());
            if (community == null) {
                continue; // another district's division codes are loaded
            }
            OrganizationEntity communityCommittee = organization(community.getName() + "党委",
                    OrganizationType.COMMUNITY_COMMITTEE, false, community.getStreetCode(), community.getCode(),
                    committees.get(community.getStreetCode()).getId(), LocalDate.of(2012, 7, 1));
            OrganizationEntity branch = organization(community.getName() + "离退休干部党支部", OrganizationType.BRANCH,
                    true, community.getStreetCode(), community.getCode(), communityCommittee.getId(),
                    LocalDate.of(2015 + i % 5, 7, 1));
            int size = i == BRANCHES.size() - 1 ? memberCount - created
                    : Math.round((float) memberCount * b.weight() / totalWeight);
            List<MemberEntity> members = new ArrayList<>();
            for (int n = 0; n < size; n++) {
                MemberEntity m = people.next(community, branch.getId());
                em.persist(m);
                members.add(m);
            }
            created += size;
            em.flush();
            if (b.secretary()) {
                appointLeadership(branch, members);
            }
        }
        return new Summary(organizations, created);
    }

    private void appointLeadership(OrganizationEntity branch, List<MemberEntity> members) {
        LocalDate termStart = LocalDate.of(2024, 7, 1);
        LocalDate termEnd = LocalDate.of(2029, 6, 30); // branch committees serve five years
        List<LeaderRole> roles = members.size() >= 7
                ? List.of(LeaderRole.SECRETARY, LeaderRole.DEPUTY_SECRETARY, LeaderRole.COMMITTEE_MEMBER)
                : List.of(LeaderRole.SECRETARY);
        for (int i = 0; i < roles.size() && i < members.size(); i++) {
            em.persist(new LeaderEntity(branch.getId(), members.get(i).getId(), roles.get(i), termStart, termEnd));
        }
    }

    private OrganizationEntity organization(String name, OrganizationType type, boolean retiree, String streetCode,
                                            String communityCode, Long parentId, LocalDate foundedOn) {
        OrganizationEntity o = new OrganizationEntity();
        o.setName(name);
        o.setType(type);
        o.setRetiree(retiree);
        o.setStreetCode(streetCode);
        o.setCommunityCode(communityCode);
        o.setParentId(parentId);
        o.setFoundedOn(foundedOn);
        o.setStatus(OrganizationStatus.ACTIVE);
        o.setCreatedAt(Instant.now());
        o.setUpdatedAt(o.getCreatedAt());
        em.persist(o);
        em.flush();
        organizations++;
        return o;
    }
}
