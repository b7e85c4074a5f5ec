package org.silverbranch.core.persistence.internal.street;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.Access;

/** The streets in the caller's scope: every street for district roles, their own for the others. */
@Component(service = StreetService.class)
public class StreetServiceImpl implements StreetService {

    private final Transactions tx;

    @Activate
    public StreetServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                             @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public List<Street> list(Caller caller) {
        return tx.inTransaction(em -> {
            Map<String, Long> communities = em.createQuery(
                            "SELECT c.streetCode, COUNT(c) FROM CommunityEntity c GROUP BY c.streetCode", Object[].class)
                    .getResultList().stream()
                    .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
            return em.createQuery("SELECT s FROM StreetEntity s ORDER BY s.code", StreetEntity.class)
                    .getResultList().stream()
                    .filter(s -> Access.seesStreet(caller, s.getCode()))
                    .map(s -> toDto(s, communities.getOrDefault(s.getCode(), 0L)))
                    .toList();
        });
    }

    @Override
    public Street get(Caller caller, String streetCode) {
        Access.requireStreet(caller, streetCode);
        return tx.inTransaction(em -> toDto(find(em, streetCode), countCommunities(em, streetCode)));
    }

    @Override
    public List<Community> communities(Caller caller, String streetCode) {
        Access.requireStreet(caller, streetCode);
        return tx.inTransaction(em -> {
            find(em, streetCode);
            return em.createQuery("SELECT c FROM CommunityEntity c WHERE c.streetCode = :street ORDER BY c.code",
                            CommunityEntity.class)
                    .setParameter("street", streetCode).getResultList().stream()
                    .map(c -> new Community(c.getCode(), c.getName(), c.getStreetCode()))
                    .toList();
        });
    }

    @Override
    public DistrictCounts counts(Caller caller, String streetCode) {
        // a street-scoped caller asking for the district gets their own street's counts
        String street = streetCode == null && !Access.isDistrictWide(caller) ? caller.streetCode() : streetCode;
        if (street != null || !Access.isDistrictWide(caller)) {
            Access.requireStreet(caller, street);
        }
        return tx.inTransaction(em -> {
            if (street != null) {
                find(em, street);
            }
            return new CountQueries(em, street).counts();
        });
    }

    /** The street, or {@code STREET_NOT_FOUND}; for other services of this bundle too. */
    public static StreetEntity find(EntityManager em, String streetCode) {
        StreetEntity street = streetCode == null ? null : em.find(StreetEntity.class, streetCode);
        if (street == null) {
            throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
        return street;
    }

    private static long countCommunities(EntityManager em, String streetCode) {
        return em.createQuery("SELECT COUNT(c) FROM CommunityEntity c WHERE c.streetCode = :street", Long.class)
                .setParameter("street", streetCode).getSingleResult();
    }

    private static Street toDto(StreetEntity s, long communities) {
        return new Street(s.getCode(), s.getName(), s.getKind(), (int) communities);
    }
}
