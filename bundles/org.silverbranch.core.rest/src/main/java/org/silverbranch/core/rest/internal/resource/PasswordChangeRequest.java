package org.silverbranch.core.rest.internal.resource;

/** The body of {@code POST /api/v1/auth/password}. */
public record PasswordChangeRequest(String oldPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
