package org.silverbranch.orglife.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;

/** Keeps what was audited, for the tests to look at. */
public final class FakeAudit implements AuditTrail {

    public record Entry(String username, String action, String entityType, String entityId,
                        Map<String, List<String>> changes) {
    }

    public final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(Caller caller, String action, String entityType, String entityId,
                       Map<String, List<String>> changes) {
        entries.add(new Entry(caller.username(), action, entityType, entityId, changes));
    }

    public long count(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).count();
    }
}
