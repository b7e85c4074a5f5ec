package org.silverbranch.core.persistence.internal.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.silverbranch.core.persistence.internal.security.Masks;

/**
 * The before and after of the fields a write changed, for the audit log. Works on the API's DTO records, with
 * sensitive values masked: an auditor sees that an ID number or a phone changed, never the numbers.
 */
public final class Changes {

    /** Bookkeeping that changes with every write and says nothing. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt");

    private Changes() {
    }

    /** Field → [before, after] of every field whose value differs; {@code before} null for a creation. */
    public static Map<String, List<String>> of(Record before, Record after) {
        Map<String, String> b = before == null ? Map.of() : flatten(before);
        Map<String, String> a = after == null ? Map.of() : flatten(after);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (String key : keys) {
            String was = b.get(key);
            String is = a.get(key);
            if (!Objects.equals(was, is)) {
                changes.put(key, pair(mask(key, was), mask(key, is)));
            }
        }
        return changes;
    }

    /** The masked form of a sensitive field's value, the value itself otherwise. */
    public static String mask(String field, String value) {
        if (value == null) {
            return null;
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        return switch (leaf) {
            case "idNumber" -> Masks.idNumber(value);
            case "phone" -> Masks.phone(value);
            case "healthNotes" -> Masks.healthNotes(value);
            case "place" -> field.startsWith("residency") ? Masks.place(value) : value;
            default -> value;
        };
    }

    /** Record components as {@code a.b[0].c → text}; nulls and empty lists are left out. */
    static Map<String, String> flatten(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", record, values);
        return values;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (path.isEmpty() && IGNORED.contains(c.getName())) {
                    continue;
                }
                try {
                    flatten(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                flatten(path + "[" + i++ + "]", item, out);
            }
        } else {
            out.put(path, String.valueOf(value));
        }
    }

    private static List<String> pair(String before, String after) {
        List<String> pair = new ArrayList<>(2);
        pair.add(before);
        pair.add(after);
        return pair;
    }
}
