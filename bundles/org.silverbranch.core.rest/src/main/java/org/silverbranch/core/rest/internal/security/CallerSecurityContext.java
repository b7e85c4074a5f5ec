package org.silverbranch.core.rest.internal.security;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.silverbranch.core.api.Caller;

/** The security context of an authenticated request; roles are the names of {@link org.silverbranch.core.api.Role}. */
final class CallerSecurityContext implements SecurityContext {

    private final CallerPrincipal principal;
    private final String scheme;
    private final boolean secure;

    CallerSecurityContext(Caller caller, String scheme, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.scheme = scheme;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.caller().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
