package org.silverbranch.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem of a request before failing, so the user sees all wrong fields at once.
 * Not thread-safe; one per request.
 */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, Arrays.stream(args).map(String::valueOf).toList()));
        return this;
    }

    /** Adds {@code REQUIRED} when the value is null, blank or empty; returns whether it was present. */
    public boolean require(String field, Object value) {
        boolean missing = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        if (missing) {
            add(field, "REQUIRED");
        }
        return !missing;
    }

    /** Adds {@code TOO_LONG} when a text exceeds its column; null is fine. */
    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "TOO_LONG", max);
        }
    }

    /** Required text of at most {@code max} characters. */
    public void requireText(String field, String value, int max) {
        if (require(field, value)) {
            maxLength(field, value, max);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws {@code VALIDATION_FAILED} (400) when any problem was collected. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
    }
}
