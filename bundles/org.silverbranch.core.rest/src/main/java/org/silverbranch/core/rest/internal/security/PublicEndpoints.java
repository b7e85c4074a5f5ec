package org.silverbranch.core.rest.internal.security;

import java.util.Set;

/**
 * The only operations answered without credentials: the token request of the web console and the OpenAPI
 * document. Paths are relative to the CXF servlet context ({@code /api}); the authentication filter and the
 * OpenAPI generator both read this list, so the document says what the filter does.
 */
public final class PublicEndpoints {

    private static final Set<String> OPERATIONS = Set.of("GET /v1/openapi.json", "POST /v1/auth/token");
    private static final String PASSWORD_CHANGE = "POST /v1/auth/password";

    private PublicEndpoints() {
    }

    /**
     * @param method HTTP method, e.g. {@code GET}
     * @param path   path below the servlet context without a trailing slash, e.g. {@code /v1/auth/token}
     */
    public static boolean isPublic(String method, String path) {
        return OPERATIONS.contains(method + " " + path);
    }

    /** What every authenticated user may do with their own session, whatever their role: log out, change password. */
    public static boolean isSelfService(String method, String path) {
        return isPasswordChange(method, path) || "POST /v1/auth/logout".equals(method + " " + path);
    }

    /** The only operation a user who must change their password may call: changing it. */
    public static boolean isPasswordChange(String method, String path) {
        return PASSWORD_CHANGE.equals(method + " " + path);
    }
}
