package org.silverbranch.core.rest.internal.security;

import java.util.Set;

/**
 * The only operations answered without credentials: the token request of the web console and the OpenAPI
 * document. Paths are relative to the CXF servlet context ({@code /api}); the authentication filter and the
 * OpenAPI generator both read this list, so the document says what the filter does.
 */
public final class PublicEndpoints {

    private static final Set<String> OPERATIONS = Set.of("GET /v1/openapi.json", "POST /v1/auth/token");

    private PublicEndpoints() {
    }

    /**
     * @param method HTTP method, e.g. {@code GET}
     * @param path   path below the servlet context without a trailing slash, e.g. {@code /v1/auth/token}
     */
    public static boolean isPublic(String method, String path) {
        return OPERATIONS.contains(method + " " + path);
    }
}
