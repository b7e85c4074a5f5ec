package org.silverbranch.core.rest.internal.resource;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.UserService;
import org.silverbranch.core.api.model.NewUser;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.api.model.UserUpdate;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;

/**
 * {@code /api/v1/users}: users, their roles and scopes. District admins manage every user, street admins the
 * street-scoped users of their street. A password set here must be changed by its user at the next login.
 */
@Component(service = UsersResource.class, property = RestProperties.RESOURCE + "=true")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final UserService users;

    @Activate
    public UsersResource(@Reference(name = "users") UserService users) {
        this.users = users;
    }

    @GET
    public List<UserAccount> list(@Context SecurityContext security) {
        return users.list(Callers.of(security));
    }

    /** Creates a user {@code {username, password, role, streetCode?, branchId?}}. */
    @POST
    @ResponseType(value = UserAccount.class, status = 201)
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo, NewUser user) {
        UserAccount created = users.create(Callers.of(security), Bodies.required(user));
        return Response.created(uriInfo.getBaseUriBuilder().path(UsersResource.class).path(created.username()).build())
                .entity(created).build();
    }

    @GET
    @Path("{username}")
    public UserAccount get(@Context SecurityContext security, @PathParam("username") String username) {
        return users.get(Callers.of(security), username);
    }

    /** Changes role, scope or enabled flag {@code {role, streetCode, branchId, enabled, version}}. */
    @PUT
    @Path("{username}")
    public UserAccount update(@Context SecurityContext security, @PathParam("username") String username,
                              UserUpdate update) {
        return users.update(Callers.of(security), username, Bodies.required(update));
    }

    /** Sets a password the user must change at the next login; unlocks and ends the user's sessions. */
    @POST
    @Path("{username}/password")
    public UserAccount resetPassword(@Context SecurityContext security, @PathParam("username") String username,
                                     PasswordResetRequest request) {
        return users.resetPassword(Callers.of(security), username, Bodies.required(request).newPassword());
    }

    /** Ends a lockout after failed logins. */
    @POST
    @Path("{username}/unlock")
    public UserAccount unlock(@Context SecurityContext security, @PathParam("username") String username) {
        return users.unlock(Callers.of(security), username);
    }
}
