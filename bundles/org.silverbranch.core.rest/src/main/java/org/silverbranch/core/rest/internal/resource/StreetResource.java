package org.silverbranch.core.rest.internal.resource;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;

/** {@code /api/v1/streets}: the streets, and each street's communities, organizations and members. */
@Component(service = StreetResource.class, property = RestProperties.RESOURCE + "=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StreetResource {

    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public StreetResource(@Reference(name = "streets") StreetService streets,
                          @Reference(name = "organizations") OrganizationService organizations,
                          @Reference(name = "members") MemberService members) {
        this.streets = streets;
        this.organizations = organizations;
        this.members = members;
    }

    @GET
    public List<Street> list(@Context SecurityContext security) {
        return streets.list(Callers.of(security));
    }

    @GET
    @Path("{code}")
    public Street get(@Context SecurityContext security, @PathParam("code") String code) {
        return streets.get(Callers.of(security), code);
    }

    @GET
    @Path("{code}/communities")
    public List<Community> communities(@Context SecurityContext security, @PathParam("code") String code) {
        return streets.communities(Callers.of(security), code);
    }

    @GET
    @Path("{code}/organizations")
    public List<Organization> organizations(@Context SecurityContext security, @PathParam("code") String code,
                                            @QueryParam("type") @ParamType(OrganizationType.class) String type,
                                            @QueryParam("retiree") @ParamType(Boolean.class) String retiree) {
        QueryParams params = new QueryParams();
        OrganizationType organizationType = params.toEnum("type", type, OrganizationType.class);
        Boolean retireeOnly = params.toBoolean("retiree", retiree);
        params.throwIfInvalid();
        return organizations.list(Callers.of(security), code, organizationType, retireeOnly);
    }

    @POST
    @Path("{code}/organizations")
    @ResponseType(value = Organization.class, status = 201)
    public Response createOrganization(@Context SecurityContext security, @Context UriInfo uriInfo,
                                       @PathParam("code") String code, Organization organization) {
        Organization created = organizations.create(Callers.of(security), code, Bodies.required(organization));
        return Response.created(uriInfo.getBaseUriBuilder().path(OrganizationResource.class)
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** One page of a street's members; every filter is optional. */
    @GET
    @Path("{code}/members")
    public Page<Member> members(@Context SecurityContext security, @PathParam("code") String code,
                                @QueryParam("q") String q,
                                @QueryParam("branch") @ParamType(Long.class) String branch,
                                @QueryParam("community") String community,
                                @QueryParam("residency") @ParamType(ResidencyStatus.class) String residency,
                                @QueryParam("status") @ParamType(MemberStatus.class) String status,
                                @QueryParam("page") @DefaultValue("0") @ParamType(Integer.class) String page,
                                @QueryParam("size") @DefaultValue("50") @ParamType(Integer.class) String size,
                                @QueryParam("sort") @DefaultValue("name") String sort) {
        QueryParams params = new QueryParams();
        MemberQuery query = new MemberQuery(params.toText(q), params.toLong("branch", branch),
                params.toText(community), params.toEnum("residency", residency, ResidencyStatus.class),
                params.toEnum("status", status, MemberStatus.class), params.toInt("page", page, 0),
                params.toInt("size", size, MemberQuery.DEFAULT_PAGE_SIZE), params.toText(sort));
        params.throwIfInvalid();
        return members.search(Callers.of(security), code, query);
    }

    @POST
    @Path("{code}/members")
    @ResponseType(value = Member.class, status = 201)
    public Response createMember(@Context SecurityContext security, @Context UriInfo uriInfo,
                                 @PathParam("code") String code, Member member) {
        Member created = members.create(Callers.of(security), code, Bodies.required(member));
        return Response.created(uriInfo.getBaseUriBuilder().path(MemberResource.class)
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{code}/counts")
    public DistrictCounts counts(@Context SecurityContext security, @PathParam("code") String code) {
        return streets.counts(Callers.of(security), code);
    }
}
