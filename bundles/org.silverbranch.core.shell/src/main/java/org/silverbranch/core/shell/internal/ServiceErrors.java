package org.silverbranch.core.shell.internal;

import java.util.stream.Collectors;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;

/** Turns a {@link ServiceException} into the one line a shell user sees, e.g. {@code STREET_NOT_FOUND 230109999}. */
public final class ServiceErrors {

    private ServiceErrors() {
    }

    public static String oneLine(ServiceException e) {
        StringBuilder line = new StringBuilder(e.code());
        if (!e.args().isEmpty()) {
            line.append(' ').append(String.join(", ", e.args()));
        }
        if (!e.fields().isEmpty()) {
            line.append(": ").append(e.fields().stream().map(ServiceErrors::field).collect(Collectors.joining("; ")));
        }
        return line.toString();
    }

    private static String field(FieldProblem p) {
        return p.field() + " " + p.code() + (p.args().isEmpty() ? "" : " " + String.join(", ", p.args()));
    }
}
