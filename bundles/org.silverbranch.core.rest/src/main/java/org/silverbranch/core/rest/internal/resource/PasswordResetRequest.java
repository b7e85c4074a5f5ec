package org.silverbranch.core.rest.internal.resource;

/** The body of {@code POST /api/v1/users/{username}/password}: a password its user must change at the next login. */
public record PasswordResetRequest(String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetRequest[***]";
    }
}
