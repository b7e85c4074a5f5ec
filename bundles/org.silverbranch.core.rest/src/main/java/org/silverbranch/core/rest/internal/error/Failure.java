package org.silverbranch.core.rest.internal.error;

import java.util.List;

import org.silverbranch.core.api.FieldProblem;

/** What went wrong with a request, before it is put into the caller's language. */
record Failure(int status, String code, List<String> args, List<FieldProblem> fields) {

    Failure {
        args = List.copyOf(args);
        fields = List.copyOf(fields);
    }

    static Failure of(int status, String code, String... args) {
        return new Failure(status, code, List.of(args), List.of());
    }

    static Failure invalidField(String field, String code, String... args) {
        return new Failure(400, "VALIDATION_FAILED", List.of(), List.of(new FieldProblem(field, code, List.of(args))));
    }
}
