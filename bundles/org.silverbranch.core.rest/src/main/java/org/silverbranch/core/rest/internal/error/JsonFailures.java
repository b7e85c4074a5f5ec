package org.silverbranch.core.rest.internal.error;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.silverbranch.core.rest.QueryParams;

/**
 * Turns Jackson's reading errors into the field problems a user can fix. Jackson's own messages are never shown:
 * they are in English, technical, and may quote the request.
 */
final class JsonFailures {

    private JsonFailures() {
    }

    /** The failure for a Jackson exception, or null when it is not the client's fault (a server bug). */
    static Failure of(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException || e.getProcessor() instanceof JsonGenerator) {
            return null;
        }
        if (!(e instanceof JsonMappingException mapping) || isUnreadable(e)) {
            return Failure.of(400, "MALFORMED_JSON");
        }
        String path = path(mapping);
        if (path.isEmpty()) {
            // The body as a whole has the wrong shape, e.g. an array where an object belongs.
            return Failure.of(400, "MALFORMED_JSON");
        }
        if (e instanceof UnrecognizedPropertyException) {
            return Failure.invalidField(path, "UNKNOWN_FIELD");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) target;
            return Failure.invalidField(path, "INVALID_VALUE", QueryParams.allowedValues(enumType));
        }
        // A wrong type, a bad date or number, a null for a primitive, a failing constructor.
        return Failure.invalidField(path, "INVALID_VALUE");
    }

    /** Broken JSON (a parse error, too deeply nested...), which Jackson may wrap in a mapping error with a path. */
    private static boolean isUnreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /** The JSON path of the failing value, e.g. {@code residency.since} or {@code family[0].phone}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
