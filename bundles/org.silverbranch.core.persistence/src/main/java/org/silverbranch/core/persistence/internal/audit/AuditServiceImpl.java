package org.silverbranch.core.persistence.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.Access;
import org.silverbranch.core.persistence.jpa.Transactions;

/** Reads the audit log: district admins and auditors only; there is no way to change or delete an entry. */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private final Transactions tx;

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                            @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public Page<AuditEntry> search(Caller caller, AuditQuery q) {
        Access.requireAuditReader(caller);
        Problems p = new Problems();
        if (q.page() < 0 || (long) q.page() * Math.max(q.size(), 1) > Integer.MAX_VALUE) {
            p.add("page", "INVALID_PAGE");  // a row offset past int range would fail in JPA, not answer 400
        }
        if (q.size() < 1 || q.size() > AuditQuery.MAX_PAGE_SIZE) {
            p.add("size", "INVALID_PAGE_SIZE", AuditQuery.MAX_PAGE_SIZE);
        }
        p.maxLength("user", q.username(), 100);
        p.maxLength("action", q.action(), 40);
        p.maxLength("entityType", q.entityType(), 40);
        p.maxLength("entityId", q.entityId(), 100);
        p.maxLength("street", q.streetCode(), 9);
        p.throwIfAny();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        criterion(where, params, "a.username = :username", "username", q.username());
        criterion(where, params, "a.action = :action", "action", q.action());
        criterion(where, params, "a.entityType = :entityType", "entityType", q.entityType());
        criterion(where, params, "a.entityId = :entityId", "entityId", q.entityId());
        criterion(where, params, "a.streetCode = :street", "street", q.streetCode());
        criterion(where, params, "a.recordedAt >= :from", "from", q.from());
        criterion(where, params, "a.recordedAt < :to", "to", q.to());
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return tx.inTransaction(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntryEntity a" + filter, Long.class);
            TypedQuery<AuditEntryEntity> rows = em.createQuery(
                    "SELECT a FROM AuditEntryEntity a" + filter + " ORDER BY a.id DESC", AuditEntryEntity.class);
            params.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            List<AuditEntry> items = rows.setFirstResult(q.page() * q.size()).setMaxResults(q.size())
                    .getResultList().stream().map(AuditServiceImpl::toDto).toList();
            return new Page<>(items, q.page(), q.size(), count.getSingleResult());
        });
    }

    private static void criterion(List<String> where, Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(clause);
            params.put(name, value instanceof String s ? s.strip() : value);
        }
    }

    static AuditEntry toDto(AuditEntryEntity e) {
        return new AuditEntry(e.getId(), e.getRecordedAt(), e.getUsername(), e.getRole(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getStreetCode(), AuditLog.read(e.getChanges()));
    }
}
