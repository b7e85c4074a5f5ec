package org.silverbranch.core.rest.internal.error;

import java.util.List;

/**
 * The JSON body of every error answer.
 *
 * @param code    stable code a client can branch on, e.g. {@code VALIDATION_FAILED}
 * @param message the code's message in the caller's language
 * @param fields  what is wrong with each field; empty when the error is not about fields
 */
public record ErrorResponse(String code, String message, List<FieldError> fields) {

    public ErrorResponse {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * @param field JSON path of the field or the name of a query parameter, e.g. {@code family[0].phone}
     */
    public record FieldError(String field, String code, String message) {
    }
}
