package org.silverbranch.core.api;

import java.util.Arrays;
import java.util.List;

/**
 * A failure a user can act on. It carries a stable {@code code} (the key of a localized message in Chinese and
 * English), the message arguments and, for validation failures, the problems of each field. Services throw it
 * before anything is written, or inside the transaction so that nothing is.
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;
    private final List<String> args;
    private final List<FieldProblem> fields;

    public ServiceException(ErrorKind kind, String code, List<FieldProblem> fields, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ServiceException notFound(String code, Object... args) {
        return new ServiceException(ErrorKind.NOT_FOUND, code, List.of(), args);
    }

    public static ServiceException conflict(String code, Object... args) {
        return new ServiceException(ErrorKind.CONFLICT, code, List.of(), args);
    }

    public static ServiceException badRequest(String code, Object... args) {
        return new ServiceException(ErrorKind.BAD_REQUEST, code, List.of(), args);
    }

    public static ServiceException forbidden(String code, Object... args) {
        return new ServiceException(ErrorKind.FORBIDDEN, code, List.of(), args);
    }

    public static ServiceException unauthorized(String code, Object... args) {
        return new ServiceException(ErrorKind.UNAUTHORIZED, code, List.of(), args);
    }

    /** A request whose fields are wrong: code {@code VALIDATION_FAILED}, 400. */
    public static ServiceException invalid(List<FieldProblem> fields) {
        return new ServiceException(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", fields);
    }

    /** A field-level failure that is a conflict with stored data (duplicate ID number, full shift): 409. */
    public static ServiceException conflict(String code, FieldProblem field) {
        return new ServiceException(ErrorKind.CONFLICT, code, List.of(field));
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
