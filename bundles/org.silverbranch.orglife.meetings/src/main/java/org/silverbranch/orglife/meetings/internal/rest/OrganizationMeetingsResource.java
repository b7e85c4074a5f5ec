package org.silverbranch.orglife.meetings.internal.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.BranchYearCompliance;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingQuery;
import org.silverbranch.orglife.meetings.MeetingService;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingSummary;
import org.silverbranch.orglife.meetings.MeetingType;

/**
 * {@code /api/v1/organizations/{id}/meetings} and {@code /api/v1/organizations/{id}/compliance}: an organization's
 * meetings and a branch's compliance over a year. Published in the core group beside the core's own organization
 * resource (CXF matches the sub-paths over both).
 */
@Component(service = OrganizationMeetingsResource.class, property = RestProperties.RESOURCE + "=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationMeetingsResource {

    private static final int FIRST_YEAR = 1921;

    private final MeetingService meetings;
    private final ComplianceService compliance;
    private final Clock clock;

    @Activate
    public OrganizationMeetingsResource(@Reference(name = "meetings") MeetingService meetings,
                                        @Reference(name = "compliance") ComplianceService compliance) {
        this(meetings, compliance, Clock.systemDefaultZone());
    }

    public OrganizationMeetingsResource(MeetingService meetings, ComplianceService compliance, Clock clock) {
        this.meetings = meetings;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** The organization's meetings, newest first; {@code period} is 2026, 2026-Q4 or 2026-11. */
    @GET
    @Path("{id: [0-9]+}/meetings")
    public Page<MeetingSummary> list(@Context SecurityContext security, @PathParam("id") long id,
                                     @QueryParam("type") @ParamType(MeetingType.class) String type,
                                     @QueryParam("status") @ParamType(MeetingStatus.class) String status,
                                     @QueryParam("period") String period,
                                     @QueryParam("page") @ParamType(Integer.class) String page,
                                     @QueryParam("size") @ParamType(Integer.class) String size) {
        QueryParams params = new QueryParams();
        MeetingType t = params.toEnum("type", type, MeetingType.class);
        MeetingStatus s = params.toEnum("status", status, MeetingStatus.class);
        int p = params.toInt("page", page, 0);
        int n = params.toInt("size", size, MeetingQuery.DEFAULT_PAGE_SIZE);
        params.throwIfInvalid();
        Period range = params.toText(period) == null ? null : Period.parse("period", period);
        return meetings.list(Callers.of(security), id, new MeetingQuery(t, s, range, p, n));
    }

    @POST
    @Path("{id: [0-9]+}/meetings")
    @ResponseType(value = Meeting.class, status = 201)
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo, @PathParam("id") long id,
                           MeetingInput meeting) {
        Meeting created = meetings.create(Callers.of(security), id, Params.required(meeting));
        return Response.created(meetingUri(uriInfo.getAbsolutePath(), created.id())).entity(created).build();
    }

    /** {@code .../organizations/11/meetings} → {@code .../meetings/{id}}, on the host the client called. */
    static URI meetingUri(URI organizationMeetings, long meetingId) {
        String path = organizationMeetings.getPath();
        String api = path.substring(0, path.lastIndexOf("/organizations/"));
        return UriBuilder.fromUri(organizationMeetings).replacePath(api).path("meetings")
                .path(String.valueOf(meetingId)).replaceQuery(null).build();
    }

    /** The branch's year: the whole year, each quarter and each month (default: this year). */
    @GET
    @Path("{id: [0-9]+}/compliance")
    public BranchYearCompliance compliance(@Context SecurityContext security, @PathParam("id") long id,
                                           @QueryParam("year") @ParamType(Integer.class) String year) {
        QueryParams params = new QueryParams();
        int thisYear = LocalDate.now(clock).getYear();
        int y = params.toInt("year", year, thisYear);
        params.throwIfInvalid();
        if (y < FIRST_YEAR || y > thisYear + 1) {
            throw ServiceException.invalid(new Problems().add("year", "OUT_OF_RANGE", FIRST_YEAR, thisYear + 1).list());
        }
        return compliance.organizationYear(Callers.of(security), id, y);
    }
}
