package org.silverbranch.module.venue.internal.service;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;

/**
 * Every write of the module goes to the core's audit log: who, what, which record, the fields before → after. The
 * core's {@link AuditTrail} writes in a transaction of its own, so the entry is recorded right after the module's
 * transaction committed (a write that failed is not logged as done).
 */
public final class Audit {

    /** Bookkeeping that changes with every write and says nothing. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt");

    private final AuditTrail trail;

    public Audit(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(Caller caller, String action, String entityType, long id, Record before, Record after) {
        trail.record(caller, action, entityType, String.valueOf(id), changes(before, after));
    }

    /** Field → [before, after] of the top-level fields that differ; before is null for a creation. */
    static Map<String, List<String>> changes(Record before, Record after) {
        Map<String, String> b = before == null ? Map.of() : values(before);
        Map<String, String> a = after == null ? Map.of() : values(after);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (String key : keys) {
            if (!Objects.equals(b.get(key), a.get(key))) {
                changes.put(key, new ArrayList<>(Arrays.asList(b.get(key), a.get(key))));
            }
        }
        return changes;
    }

    private static Map<String, String> values(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            try {
                Object value = c.getAccessor().invoke(record);
                if (value != null) {
                    values.put(c.getName(), String.valueOf(value));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
