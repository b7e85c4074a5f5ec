package org.silverbranch.core.persistence.internal.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;

/** Entities to DTOs, with the member counts and vacancies computed in a few set-based queries. */
final class OrganizationMapper {

    private static final Comparator<Leader> BY_ROLE =
            Comparator.comparing(Leader::role).thenComparing(Leader::termStart);

    private final EntityManager em;
    private final LocalDate today = LocalDate.now();

    OrganizationMapper(EntityManager em) {
        this.em = em;
    }

    Organization toDto(OrganizationEntity e) {
        return toDtos(List.of(e)).get(0);
    }

    List<Organization> toDtos(List<OrganizationEntity> entities) {
        List<Long> ids = entities.stream().map(OrganizationEntity::getId).toList();
        MemberCounts counts = MemberCounts.of(em, ids);
        Map<Long, List<LeaderRole>> currentRoles = currentRoles(ids);
        return entities.stream().map(e -> new Organization(e.getId(), e.getVersion(), e.getName(), e.getType(),
                        e.isRetiree(), e.getStreetCode(), e.getCommunityCode(), e.getParentId(), e.getFoundedOn(),
                        e.getStatus(), counts.allOf(e.getId()), counts.fullOf(e.getId()),
                        BranchRules.vacancies(e.getType(), counts.fullOf(e.getId()),
                                currentRoles.getOrDefault(e.getId(), List.of()))))
                .toList();
    }

    Leadership leadership(OrganizationEntity org) {
        List<LeaderEntity> terms = em.createQuery(
                        "SELECT l FROM LeaderEntity l WHERE l.organizationId = :org ORDER BY l.termStart", LeaderEntity.class)
                .setParameter("org", org.getId()).getResultList();
        Map<Long, String> names = memberNames(terms.stream().map(LeaderEntity::getMemberId).collect(Collectors.toSet()));
        List<Leader> all = terms.stream().map(t -> toDto(t, names.get(t.getMemberId()))).toList();
        List<Leader> current = all.stream().filter(Leader::current).sorted(BY_ROLE).toList();
        List<Leader> past = all.stream().filter(l -> !l.current()).toList();
        int full = MemberCounts.of(em, List.of(org.getId())).fullOf(org.getId());
        return new Leadership(org.getId(), current,
                BranchRules.vacancies(org.getType(), full, current.stream().map(Leader::role).toList()), past);
    }

    Leader toDto(LeaderEntity e) {
        return toDto(e, memberNames(Set.of(e.getMemberId())).get(e.getMemberId()));
    }

    private Leader toDto(LeaderEntity e, String memberName) {
        return new Leader(e.getId(), e.getVersion(), e.getOrganizationId(), e.getMemberId(), memberName, e.getRole(),
                e.getTermStart(), e.getTermEnd(), e.isCurrentOn(today));
    }

    private Map<Long, List<LeaderRole>> currentRoles(List<Long> organizationIds) {
        Map<Long, List<LeaderRole>> roles = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return roles;
        }
        em.createQuery("SELECT l FROM LeaderEntity l WHERE l.organizationId IN :ids", LeaderEntity.class)
                .setParameter("ids", organizationIds).getResultList().stream()
                .filter(l -> l.isCurrentOn(today))
                .forEach(l -> roles.computeIfAbsent(l.getOrganizationId(), k -> new java.util.ArrayList<>())
                        .add(l.getRole()));
        return roles;
    }

    private Map<Long, String> memberNames(Set<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m.id, m.name FROM MemberEntity m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", memberIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
