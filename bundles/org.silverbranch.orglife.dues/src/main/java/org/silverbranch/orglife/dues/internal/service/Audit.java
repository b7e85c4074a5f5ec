package org.silverbranch.orglife.dues.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;

/**
 * Every write of the bundle goes to the core's audit log. The core's {@link AuditTrail} writes in a transaction of its
 * own, so the entry is recorded right after the bundle's transaction committed (a write that failed is not logged).
 */
final class Audit {

    private final AuditTrail trail;

    Audit(AuditTrail trail) {
        this.trail = trail;
    }

    /** @param fieldsBeforeAfter name, before, after, name, before, after, ... (null for none) */
    void record(Caller caller, String action, String entityType, Object id, Object... fieldsBeforeAfter) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (int i = 0; i + 2 < fieldsBeforeAfter.length; i += 3) {
            Object before = fieldsBeforeAfter[i + 1];
            Object after = fieldsBeforeAfter[i + 2];
            if (before == null ? after != null : !before.equals(after)) {
                changes.put(String.valueOf(fieldsBeforeAfter[i]), new ArrayList<>(Arrays.asList(
                        before == null ? null : String.valueOf(before), after == null ? null : String.valueOf(after))));
            }
        }
        trail.record(caller, action, entityType, String.valueOf(id), changes);
    }
}
