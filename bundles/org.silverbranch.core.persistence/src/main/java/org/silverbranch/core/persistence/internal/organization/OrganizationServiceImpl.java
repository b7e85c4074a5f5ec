package org.silverbranch.core.persistence.internal.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.persistence.internal.jpa.Transactions;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.street.StreetServiceImpl;

@Component(service = OrganizationService.class)
public class OrganizationServiceImpl implements OrganizationService {

    private final Transactions tx;

    @Activate
    public OrganizationServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                                   @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            String jpql = "SELECT o FROM OrganizationEntity o WHERE o.streetCode = :street"
                    + (type == null ? "" : " AND o.type = :type")
                    + (retiree == null ? "" : " AND o.retiree = :retiree") + " ORDER BY o.id";
            TypedQuery<OrganizationEntity> q = em.createQuery(jpql, OrganizationEntity.class)
                    .setParameter("street", streetCode);
            if (type != null) {
                q.setParameter("type", type);
            }
            if (retiree != null) {
                q.setParameter("retiree", retiree);
            }
            List<OrganizationEntity> found = q.getResultList();
            return new OrganizationMapper(em).toDtos(found);
        });
    }

    @Override
    public Organization get(Caller caller, long id) {
        return tx.inTransaction(em -> new OrganizationMapper(em).toDto(find(em, id)));
    }

    @Override
    public Organization create(Caller caller, String streetCode, Organization o) {
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            new OrganizationValidator(em).validate(o, streetCode, null);
            OrganizationEntity e = new OrganizationEntity();
            e.setStreetCode(streetCode);
            e.setStatus(OrganizationStatus.ACTIVE);
            e.setCreatedAt(Instant.now());
            apply(e, o);
            em.persist(e);
            em.flush();
            return new OrganizationMapper(em).toDto(e);
        });
    }

    @Override
    public Organization update(Caller caller, long id, Organization o) {
        return tx.inTransaction(em -> {
            OrganizationEntity e = find(em, id);
            requireVersion(o.version(), e.getVersion());
            new OrganizationValidator(em).validate(o, e.getStreetCode(), id);
            OrganizationStatus status = o.status() == null ? e.getStatus() : o.status();
            if (status != OrganizationStatus.ACTIVE && e.getStatus() == OrganizationStatus.ACTIVE) {
                int members = MemberCounts.of(em, List.of(id)).allOf(id);
                if (members > 0) {
                    throw ServiceException.conflict("ORGANIZATION_HAS_MEMBERS", members);
                }
            }
            e.setStatus(status);
            apply(e, o);
            em.flush();
            return new OrganizationMapper(em).toDto(e);
        });
    }

    @Override
    public Leadership leadership(Caller caller, long organizationId) {
        return tx.inTransaction(em -> new OrganizationMapper(em).leadership(find(em, organizationId)));
    }

    @Override
    public Leader appoint(Caller caller, long organizationId, Leader leader) {
        return tx.inTransaction(em -> {
            OrganizationEntity org = find(em, organizationId);
            new LeaderValidator(em).validateAppointment(org, leader);
            LeaderEntity e = new LeaderEntity(organizationId, leader.memberId(), leader.role(), leader.termStart(),
                    leader.termEnd());
            em.persist(e);
            em.flush();
            return new OrganizationMapper(em).toDto(e);
        });
    }

    @Override
    public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
        return tx.inTransaction(em -> {
            LeaderEntity e = em.find(LeaderEntity.class, leaderId);
            if (e == null || e.getOrganizationId() != organizationId) {
                throw ServiceException.notFound("LEADER_NOT_FOUND", leaderId);
            }
            requireVersion(version, e.getVersion());
            Problems p = new Problems();
            if (p.require("endedOn", endedOn) && endedOn.isBefore(e.getTermStart())) {
                p.add("endedOn", "DATE_BEFORE", "termStart");
            }
            p.throwIfAny();
            e.setTermEnd(endedOn);
            em.flush();
            return new OrganizationMapper(em).toDto(e);
        });
    }

    /** The organization, or {@code ORGANIZATION_NOT_FOUND}; for other services of this bundle too. */
    public static OrganizationEntity find(EntityManager em, long id) {
        OrganizationEntity e = em.find(OrganizationEntity.class, id);
        if (e == null) {
            throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
        }
        return e;
    }

    /** Optimistic locking: the caller must have seen the stored version. */
    public static void requireVersion(Long given, long stored) {
        if (given == null) {
            throw ServiceException.invalid(new Problems().add("version", "REQUIRED").list());
        }
        if (given != stored) {
            throw ServiceException.conflict("STALE_VERSION");
        }
    }

    private static void apply(OrganizationEntity e, Organization o) {
        e.setName(o.name().strip());
        e.setType(o.type());
        e.setRetiree(Boolean.TRUE.equals(o.retiree()));
        e.setCommunityCode(o.communityCode());
        e.setParentId(o.parentId());
        e.setFoundedOn(o.foundedOn());
        e.setUpdatedAt(Instant.now());
    }
}
