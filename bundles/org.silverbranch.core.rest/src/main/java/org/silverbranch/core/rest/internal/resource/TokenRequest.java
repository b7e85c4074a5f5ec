package org.silverbranch.core.rest.internal.resource;

/** The body of {@code POST /api/v1/auth/token}. */
public record TokenRequest(String username, String password) {
}
