package org.silverbranch.core.persistence.internal.street;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.silverbranch.core.api.model.DistrictCounts;

/** Head counts of the district, or of one street when a street code is given. */
final class CountQueries {

    private final EntityManager em;
    private final String streetCode;

    CountQueries(EntityManager em, String streetCode) {
        this.em = em;
        this.streetCode = streetCode;
    }

    DistrictCounts counts() {
        String members = "SELECT COUNT(m) FROM MemberEntity m WHERE m.status = org.silverbranch.core.api.model.MemberStatus.ACTIVE";
        String orgs = "SELECT COUNT(o) FROM OrganizationEntity o WHERE o.status = org.silverbranch.core.api.model.OrganizationStatus.ACTIVE";
        String branch = " AND o.type = org.silverbranch.core.api.model.OrganizationType.BRANCH";
        return new DistrictCounts(streetCode,
                streetCode == null ? count("SELECT COUNT(s) FROM StreetEntity s", "s") : 1,
                count("SELECT COUNT(c) FROM CommunityEntity c", "c"),
                count(orgs, "o"),
                count(orgs + branch, "o"),
                count(orgs + branch + " AND o.retiree = :yes", "o"),
                count(members, "m"),
                count(members + " AND m.membership = org.silverbranch.core.api.model.Membership.FULL", "m"),
                count(members + " AND m.residencyStatus <> org.silverbranch.core.api.model.ResidencyStatus.RESIDENT", "m"),
                count(members + " AND m.category = org.silverbranch.core.api.model.CadreCategory.VETERAN", "m"));
    }

    private long count(String jpql, String alias) {
        boolean scoped = streetCode != null && !jpql.contains("StreetEntity");
        String query = scoped ? jpql + (jpql.contains(" WHERE ") ? " AND " : " WHERE ") + alias + ".streetCode = :street" : jpql;
        TypedQuery<Long> q = em.createQuery(query, Long.class);
        if (query.contains(":yes")) {
            // a literal TRUE becomes 1 on EclipseLink's Derby platform, which Derby's BOOLEAN rejects
            q.setParameter("yes", Boolean.TRUE);
        }
        if (scoped) {
            q.setParameter("street", streetCode);
        }
        return q.getSingleResult();
    }
}
