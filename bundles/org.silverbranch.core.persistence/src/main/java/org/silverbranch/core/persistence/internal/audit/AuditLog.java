package org.silverbranch.core.persistence.internal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes audit entries inside the caller's transaction, so a write and its entry are committed (or rolled back)
 * together. Values are cut to {@value #MAX_VALUE} characters and the whole change set to what the column holds.
 */
public final class AuditLog {

    static final int MAX_VALUE = 500;
    static final int MAX_CHANGES = 16_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> CHANGES = new TypeReference<>() { };

    private AuditLog() {
    }

    /**
     * @param streetCode the street the entity belongs to; null takes the caller's street
     */
    public static void record(EntityManager em, Caller caller, String action, String entityType, String entityId,
                              String streetCode, Map<String, List<String>> changes) {
        Role role = caller.role();
        em.persist(new AuditEntryEntity(Instant.now(), cut(caller.username(), 100), role, cut(action, 40),
                cut(entityType, 40), cut(entityId, 100), streetCode != null ? streetCode : caller.streetCode(),
                write(changes)));
    }

    /** An entry of someone not authenticated, e.g. a failed login of a name no user has. */
    public static void recordAnonymous(EntityManager em, String username, String action, String entityType,
                                       String entityId, Map<String, List<String>> changes) {
        em.persist(new AuditEntryEntity(Instant.now(), cut(username == null ? "" : username, 100), null, cut(action, 40),
                cut(entityType, 40), cut(entityId, 100), null, write(changes)));
    }

    static String write(Map<String, List<String>> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        for (int limit = MAX_VALUE; limit >= 10; limit /= 4) {
            Map<String, List<String>> cut = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : changes.entrySet()) {
                List<String> values = new ArrayList<>();
                if (e.getValue() != null) {
                    for (String v : e.getValue()) {
                        values.add(cut(v, limit));
                    }
                }
                cut.put(cut(e.getKey(), 200), values);
            }
            String json = toJson(cut);
            if (json.length() <= MAX_CHANGES) {
                return json;
            }
        }
        return toJson(Map.of("_truncated", List.of(String.valueOf(changes.size()))));
    }

    static Map<String, List<String>> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            return Map.of("_unreadable", List.of());
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
