package org.silverbranch.core.persistence.internal.member;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;

/** A street's member search: by part of the name or a whole ID number, with filters, sort and paging. */
final class MemberSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "m.name", "birthDate", "m.birthDate", "joinedPartyOn", "m.joinedPartyOn", "id", "m.id");

    private final EntityManager em;
    private final PersonalDataProtection protection;

    MemberSearch(EntityManager em, PersonalDataProtection protection) {
        this.em = em;
        this.protection = protection;
    }

    static void validate(MemberQuery q) {
        Problems p = new Problems();
        if (q.page() < 0 || (long) q.page() * Math.max(q.size(), 1) > Integer.MAX_VALUE) {
            p.add("page", "INVALID_PAGE");  // a row offset past int range would fail in JPA, not answer 400
        }
        if (q.size() < 1 || q.size() > MemberQuery.MAX_PAGE_SIZE) {
            p.add("size", "INVALID_PAGE_SIZE", MemberQuery.MAX_PAGE_SIZE);
        }
        if (q.sort() != null && !SORTABLE.containsKey(stripDirection(q.sort()))) {
            p.add("sort", "INVALID_SORT", String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
        }
        p.maxLength("q", q.q(), 50);
        p.throwIfAny();
    }

    /**
     * @param branchScope the only branch whose members the caller may see (a branch secretary), null for all
     */
    Page<Member> run(String streetCode, Long branchScope, MemberQuery q) {
        StringBuilder where = new StringBuilder(" FROM MemberEntity m WHERE m.streetCode = :street");
        if (branchScope != null) {
            where.append(" AND m.branchId = :scope");
        }
        String text = q.q() == null || q.q().isBlank() ? null : q.q().strip();
        boolean byIdNumber = text != null && ResidentIdNumber.hasValidCheckCharacter(text);
        if (text != null) {
            // an ID number is found through its keyed hash: the number itself is only stored encrypted
            where.append(byIdNumber ? " AND m.idNumberHash = :text" : " AND m.name LIKE :text ESCAPE '\\'");
        }
        if (q.branchId() != null) {
            where.append(" AND m.branchId = :branch");
        }
        if (q.communityCode() != null) {
            where.append(" AND m.communityCode = :community");
        }
        if (q.residency() != null) {
            where.append(" AND m.residencyStatus = :residency");
        }
        if (q.status() != null) {
            where.append(" AND m.status = :status");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m)" + where, Long.class);
        TypedQuery<MemberEntity> rows = em.createQuery("SELECT m" + where + orderBy(q.sort()), MemberEntity.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("street", streetCode);
            if (branchScope != null) {
                query.setParameter("scope", branchScope);
            }
            if (text != null) {
                query.setParameter("text", byIdNumber ? protection.idNumberHash(text) : "%" + escapeLike(text) + "%");
            }
            if (q.branchId() != null) {
                query.setParameter("branch", q.branchId());
            }
            if (q.communityCode() != null) {
                query.setParameter("community", q.communityCode());
            }
            if (q.residency() != null) {
                query.setParameter("residency", q.residency());
            }
            if (q.status() != null) {
                query.setParameter("status", q.status());
            }
        }
        List<Member> items = rows.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList()
                .stream().map(MemberMapper::toDto).toList();
        return new Page<>(items, q.page(), q.size(), count.getSingleResult());
    }

    private static String orderBy(String sort) {
        String key = sort == null ? "name" : stripDirection(sort);
        String direction = sort != null && sort.startsWith("-") ? " DESC" : " ASC";
        return " ORDER BY " + SORTABLE.get(key) + direction + ", m.id ASC";
    }

    private static String stripDirection(String sort) {
        return sort.startsWith("-") || sort.startsWith("+") ? sort.substring(1) : sort;
    }

    /** User text is matched literally: % and _ lose their LIKE meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
