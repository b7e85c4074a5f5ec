package org.silverbranch.core.persistence.internal.member;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.silverbranch.core.api.model.FamilyContact;

/** The learning-ledger lists as JSON text in their columns. */
final class LedgerJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<FamilyContact>> FAMILY = new TypeReference<>() { };

    private LedgerJson() {
    }

    static String write(List<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<FamilyContact> family(String json) {
        return read(json, FAMILY);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ledger column", e);
        }
    }
}
