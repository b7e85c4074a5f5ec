package org.silverbranch.orglife.supervision.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;

/**
 * Writes the audit entries of this bundle through the core's {@link AuditTrail}, after the change committed (the
 * trail is its own transaction of the core's unit: an entry is never written for a change that rolled back).
 */
final class Audit {

    private final AuditTrail trail;
    private final Map<String, List<String>> changes = new LinkedHashMap<>();

    private Audit(AuditTrail trail) {
        this.trail = trail;
    }

    static Audit of(AuditTrail trail) {
        return new Audit(trail);
    }

    /** Adds a field's before and after when they differ. */
    Audit change(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new ArrayList<>(Arrays.asList(text(before), text(after))));
        }
        return this;
    }

    void record(Caller caller, String action, String entityType, Object entityId) {
        trail.record(caller, action, entityType, String.valueOf(entityId), changes);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
