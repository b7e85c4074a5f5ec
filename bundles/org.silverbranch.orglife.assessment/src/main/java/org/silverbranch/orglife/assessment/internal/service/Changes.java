package org.silverbranch.orglife.assessment.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The changed fields of a write for the audit log: field → [before, after]; unchanged fields are left out. */
final class Changes {

    private final Map<String, List<String>> changes = new LinkedHashMap<>();

    Changes put(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, java.util.Arrays.asList(text(before), text(after)));
        }
        return this;
    }

    Map<String, List<String>> map() {
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
