package org.silverbranch.module.volunteer.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.module.volunteer.internal.VolunteerModule;
import org.silverbranch.module.volunteer.internal.model.RosterInput;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamInput;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;
import org.silverbranch.module.volunteer.internal.service.TeamService;

/** {@code /api/v1/volunteer/streets/{streetCode}/teams}: the street's volunteer teams and their rosters. */
@Component(service = TeamResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VolunteerModule.ID})
@Path("streets/{streetCode}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService teams;

    @Activate
    public TeamResource(@Reference(name = "teams") TeamService teams) {
        this.teams = teams;
    }

    @GET
    public List<Team> list(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                           @QueryParam("status") @ParamType(TeamStatus.class) String status,
                           @QueryParam("community") String community) {
        QueryParams params = new QueryParams();
        TeamStatus teamStatus = params.toEnum("status", status, TeamStatus.class);
        params.throwIfInvalid();
        return teams.list(Callers.of(security), streetCode, teamStatus, params.toText(community));
    }

    @POST
    @ResponseType(value = Team.class, status = 201)
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo,
                           @PathParam("streetCode") String streetCode, TeamInput team) {
        Team created = teams.create(Callers.of(security), streetCode, Bodies.required(team));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Team get(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                    @PathParam("id") long id) {
        return teams.get(Callers.of(security), streetCode, id);
    }

    /** Changes the team (needs the version read); with {@code memberIds} also the roster. */
    @PUT
    @Path("{id: [0-9]+}")
    public Team update(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                       @PathParam("id") long id, TeamInput team) {
        return teams.update(Callers.of(security), streetCode, id, Bodies.required(team));
    }

    /** Replaces the roster with the given member ids. */
    @PUT
    @Path("{id: [0-9]+}/members")
    public Team replaceMembers(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                               @PathParam("id") long id, RosterInput roster) {
        return teams.replaceMembers(Callers.of(security), streetCode, id, Bodies.required(roster));
    }
}
