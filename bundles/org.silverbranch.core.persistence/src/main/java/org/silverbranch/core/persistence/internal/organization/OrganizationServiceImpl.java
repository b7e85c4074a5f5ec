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
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.internal.audit.Changes;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.Access;
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
        Access.requireStreet(caller, streetCode);
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
        return tx.inTransaction(em -> new OrganizationMapper(em).toDto(visible(em, caller, id)));
    }

    @Override
    public Organization create(Caller caller, String streetCode, Organization o) {
        Access.requireWriter(caller);
        if (!Access.isDistrictAdmin(caller)) {
            Access.requireStructureWrite(caller, streetCode);
        }
        return tx.inTransaction(em -> {
            StreetServiceImpl.find(em, streetCode);
            new OrganizationValidator(em).validate(o, streetCode, null, Access.isDistrictWide(caller));
            OrganizationEntity e = new OrganizationEntity();
            e.setStreetCode(streetCode);
            e.setStatus(OrganizationStatus.ACTIVE);
            e.setCreatedAt(Instant.now());
            apply(e, o);
            em.persist(e);
            em.flush();
            Organization created = new OrganizationMapper(em).toDto(e);
            AuditLog.record(em, caller, "ORGANIZATION_CREATE", "organization", String.valueOf(e.getId()),
                    streetCode, Changes.of(null, created));
            return created;
        });
    }

    @Override
    public Organization update(Caller caller, long id, Organization o) {
        Access.requireWriter(caller);
        return tx.inTransaction(em -> {
            OrganizationEntity e = writable(em, caller, id);
            Access.requireStructureWrite(caller, e.getStreetCode());
            OptimisticLocking.requireVersion(o.version(), e.getVersion());
            new OrganizationValidator(em).validate(o, e.getStreetCode(), id, Access.isDistrictWide(caller));
            Organization before = new OrganizationMapper(em).toDto(e);
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
            Organization after = new OrganizationMapper(em).toDto(e);
            AuditLog.record(em, caller, "ORGANIZATION_UPDATE", "organization", String.valueOf(id), e.getStreetCode(),
                    Changes.of(before, after));
            return after;
        });
    }

    @Override
    public Leadership leadership(Caller caller, long organizationId) {
        return tx.inTransaction(em -> new OrganizationMapper(em).leadership(visible(em, caller, organizationId)));
    }

    @Override
    public Leader appoint(Caller caller, long organizationId, Leader leader) {
        Access.requireWriter(caller);
        return tx.inTransaction(em -> {
            OrganizationEntity org = writable(em, caller, organizationId);
            Access.requireLeadershipWrite(caller, org.getStreetCode(), organizationId);
            new LeaderValidator(em).validateAppointment(caller, org, leader);
            LeaderEntity e = new LeaderEntity(organizationId, leader.memberId(), leader.role(), leader.termStart(),
                    leader.termEnd());
            em.persist(e);
            em.flush();
            Leader appointed = new OrganizationMapper(em).toDto(e);
            AuditLog.record(em, caller, "LEADER_APPOINT", "leader", String.valueOf(e.getId()), org.getStreetCode(),
                    Changes.of(null, appointed));
            return appointed;
        });
    }

    @Override
    public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
        Access.requireWriter(caller);
        return tx.inTransaction(em -> {
            OrganizationEntity org = writable(em, caller, organizationId);
            Access.requireLeadershipWrite(caller, org.getStreetCode(), organizationId);
            LeaderEntity e = em.find(LeaderEntity.class, leaderId);
            if (e == null || e.getOrganizationId() != organizationId) {
                throw ServiceException.notFound("LEADER_NOT_FOUND", leaderId);
            }
            OptimisticLocking.requireVersion(version, e.getVersion());
            Problems p = new Problems();
            if (p.require("endedOn", endedOn) && endedOn.isBefore(e.getTermStart())) {
                p.add("endedOn", "DATE_BEFORE", "termStart");
            }
            p.throwIfAny();
            Leader before = new OrganizationMapper(em).toDto(e);
            e.setTermEnd(endedOn);
            em.flush();
            Leader after = new OrganizationMapper(em).toDto(e);
            AuditLog.record(em, caller, "LEADER_END_TERM", "leader", String.valueOf(leaderId), org.getStreetCode(),
                    Changes.of(before, after));
            return after;
        });
    }

    /** An organization the caller may read: another street's is not found, exactly like a missing one. */
    private static OrganizationEntity visible(EntityManager em, Caller caller, long id) {
        OrganizationEntity e = em.find(OrganizationEntity.class, id);
        if (e == null || !Access.seesStreet(caller, e.getStreetCode())) {
            throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
        }
        return e;
    }

    /** An organization for a write: outside the caller's scope, or missing for a scoped caller, is 403. */
    private static OrganizationEntity writable(EntityManager em, Caller caller, long id) {
        OrganizationEntity e = em.find(OrganizationEntity.class, id);
        if (e == null || !Access.seesStreet(caller, e.getStreetCode())) {
            throw Access.missingWriteTarget(caller, "ORGANIZATION_NOT_FOUND", id);
        }
        return e;
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
