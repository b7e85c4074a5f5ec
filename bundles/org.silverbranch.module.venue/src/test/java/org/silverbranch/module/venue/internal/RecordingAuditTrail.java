package org.silverbranch.module.venue.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;

/** The core's audit log as the module sees it, keeping what was recorded for the tests to look at. */
public final class RecordingAuditTrail implements AuditTrail {

    public record Entry(String username, String action, String entityType, String entityId,
                        Map<String, List<String>> changes) {
    }

    public final List<Entry> entries = new CopyOnWriteArrayList<>();
    /** An entity id whose recording fails (a broken audit store), for the tests of what goes on after a failure. */
    public volatile String failingEntityId;

    @Override
    public void record(Caller caller, String action, String entityType, String entityId,
                       Map<String, List<String>> changes) {
        if (entityId.equals(failingEntityId)) {
            throw new IllegalStateException("audit store unavailable");
        }
        entries.add(new Entry(caller.username(), action, entityType, entityId, changes));
    }

    /** The actions recorded for one entity, oldest first. */
    public List<String> actionsOn(String entityType, long id) {
        return entries.stream().filter(e -> e.entityType().equals(entityType) && e.entityId().equals(String.valueOf(id)))
                .map(Entry::action).toList();
    }
}
