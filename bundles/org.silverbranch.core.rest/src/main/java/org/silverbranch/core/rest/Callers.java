package org.silverbranch.core.rest;

import javax.ws.rs.core.SecurityContext;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.internal.security.CallerPrincipal;

/** The authenticated caller of a request, for resources to pass on to the services. */
public final class Callers {

    private Callers() {
    }

    /**
     * The caller the authentication filter established for this request.
     *
     * @param securityContext the request's {@code @Context SecurityContext}
     * @throws ServiceException {@code UNAUTHORIZED} (401) when the request was not authenticated, which only
     *                          happens for the few public endpoints
     */
    public static Caller of(SecurityContext securityContext) {
        if (securityContext != null && securityContext.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw ServiceException.unauthorized("UNAUTHORIZED");
    }
}
