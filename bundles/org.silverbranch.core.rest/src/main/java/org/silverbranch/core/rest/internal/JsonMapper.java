package org.silverbranch.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of the API, for every published server and the OpenAPI document. */
public final class JsonMapper {

    /** Escapes {@code < > & '} in strings as well as what JSON requires. */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                codes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
            this.escapes = codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private JsonMapper() {
    }

    public static ObjectMapper create() {
        ObjectMapper mapper = new ObjectMapper();
        // Text that looks like markup leaves as \u003C...: stored user text can never be read as HTML or script.
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper
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
