package org.silverbranch.core.rest.internal.resource;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;

/**
 * {@code /api/v1/auth}: bearer tokens for the web console, who the caller is, and the caller's own password
 * change, the one call answered while a password set by someone else has not been changed yet.
 */
@Component(service = AuthResource.class, property = RestProperties.RESOURCE + "=true")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String BEARER_PREFIX = "bearer ";

    private final AuthenticationService authentication;

    @Activate
    public AuthResource(@Reference(name = "authentication") AuthenticationService authentication) {
        this.authentication = authentication;
    }

    /** Issues a bearer token; with the API document, the only call answered without credentials. */
    @POST
    @Path("token")
    public IssuedToken token(TokenRequest request) {
        TokenRequest body = Bodies.required(request);
        Problems problems = new Problems();
        problems.require("username", body.username());
        problems.require("password", body.password());
        problems.throwIfAny();
        return authentication.issueToken(body.username(), body.password());
    }

    /** Revokes the bearer token the request was made with; a Basic request has nothing to revoke. */
    @POST
    @Path("logout")
    public void logout(@Context HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            authentication.revokeToken(authorization.substring(BEARER_PREFIX.length()).strip());
        }
    }

    /**
     * Changes the caller's own password: needs the current one; the new one must pass the password rules. Every
     * token of the user is revoked: log in again with the new password.
     */
    @POST
    @Path("password")
    @ResponseType(value = Void.class, status = 204)
    public Response changePassword(@Context SecurityContext security, PasswordChangeRequest request) {
        PasswordChangeRequest body = Bodies.required(request);
        authentication.changePassword(Callers.of(security), body.oldPassword(), body.newPassword());
        return Response.noContent().build();
    }

    /** The authenticated caller: username, role and the street or branch the role is bound to. */
    @GET
    @Path("me")
    public Caller me(@Context SecurityContext security) {
        return Callers.of(security);
    }
}
