package org.silverbranch.core.persistence.internal.member;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.ResidencyStatus;

/** The facts of a street's (or the district's) members in one projection query: no entity is loaded. */
final class MemberFactsQuery {

    private MemberFactsQuery() {
    }

    /**
     * @param streetCode  null for the district
     * @param branchScope the only branch to include, or null
     */
    static List<MemberFacts> run(EntityManager em, String streetCode, Long branchScope) {
        StringBuilder jpql = new StringBuilder("SELECT m.id, m.name, m.streetCode, m.communityCode, m.branchId,"
                + " m.category, m.membership, m.status, m.residencyStatus, m.residencyReturn, m.joinedPartyOn,"
                + " m.monthlyPensionFen FROM MemberEntity m WHERE 1 = 1");
        if (streetCode != null) {
            jpql.append(" AND m.streetCode = :street");
        }
        if (branchScope != null) {
            jpql.append(" AND m.branchId = :branch");
        }
        jpql.append(" ORDER BY m.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        if (streetCode != null) {
            query.setParameter("street", streetCode);
        }
        if (branchScope != null) {
            query.setParameter("branch", branchScope);
        }
        return query.getResultList().stream().map(MemberFactsQuery::facts).toList();
    }

    private static MemberFacts facts(Object[] row) {
        return new MemberFacts((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Long) row[4],
                (CadreCategory) row[5], (Membership) row[6], (MemberStatus) row[7], (ResidencyStatus) row[8],
                (LocalDate) row[9], (LocalDate) row[10], (Long) row[11]);
    }
}
