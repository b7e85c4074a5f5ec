package org.silverbranch.core.persistence.internal.audit;

import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.jpa.Transactions;

/**
 * The audit log writer for modules and other bundles (the core's own services write inside their transaction).
 * Each entry is its own transaction of the core persistence unit; the street is the caller's.
 */
@Component(service = AuditTrail.class)
public class AuditTrailImpl implements AuditTrail {

    private final Transactions tx;

    @Activate
    public AuditTrailImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                          @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public void record(Caller caller, String action, String entityType, String entityId,
                       Map<String, List<String>> changes) {
        tx.inTransaction(em -> {
            AuditLog.record(em, caller, action, entityType, entityId, null, changes);
            return null;
        });
    }
}
