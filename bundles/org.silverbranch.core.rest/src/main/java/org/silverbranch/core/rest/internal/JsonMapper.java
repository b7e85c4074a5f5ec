package org.silverbranch.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of the API, for every published server and the OpenAPI document. */
public final class JsonMapper {

    private JsonMapper() {
    }

    public static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // Dates as ISO strings (2026-12-31, 2026-12-31T08:00:00Z), not numbers.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // A misspelled field must be an error, not silently lost data.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Nulls are written, so a client sees every field of a record.
                .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
    }
}
