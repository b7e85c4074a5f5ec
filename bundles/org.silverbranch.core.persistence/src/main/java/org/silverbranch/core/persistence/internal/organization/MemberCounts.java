package org.silverbranch.core.persistence.internal.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.model.Membership;

/** Active and active-full member counts per organization, in one query for any number of organizations. */
record MemberCounts(Map<Long, Integer> all, Map<Long, Integer> full) {

    static MemberCounts of(EntityManager em, Collection<Long> organizationIds) {
        Map<Long, Integer> all = new HashMap<>();
        Map<Long, Integer> full = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return new MemberCounts(all, full);
        }
        List<Object[]> rows = em.createQuery("SELECT m.branchId, m.membership, COUNT(m) FROM MemberEntity m"
                        + " WHERE m.branchId IN :ids AND m.status = org.silverbranch.core.api.model.MemberStatus.ACTIVE"
                        + " GROUP BY m.branchId, m.membership", Object[].class)
                .setParameter("ids", organizationIds).getResultList();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            int count = ((Number) row[2]).intValue();
            all.merge(id, count, Integer::sum);
            if (row[1] == Membership.FULL) {
                full.merge(id, count, Integer::sum);
            }
        }
        return new MemberCounts(all, full);
    }

    int allOf(long id) {
        return all.getOrDefault(id, 0);
    }

    int fullOf(long id) {
        return full.getOrDefault(id, 0);
    }
}
