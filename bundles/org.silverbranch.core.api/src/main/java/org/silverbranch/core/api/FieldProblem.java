package org.silverbranch.core.api;

import java.util.List;

/**
 * What is wrong with one field of a request.
 *
 * @param field JSON path of the field, e.g. {@code residency.place} or {@code family[0].phone}
 * @param code  stable message code, e.g. {@code REQUIRED}, {@code INVALID_ID_NUMBER}
 * @param args  values the localized message is formatted with
 */
public record FieldProblem(String field, String code, List<String> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
