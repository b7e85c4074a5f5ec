package org.silverbranch.module.volunteer.internal.rest;

import java.time.YearMonth;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.module.volunteer.internal.VolunteerModule;
import org.silverbranch.module.volunteer.internal.model.MemberHours;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats;
import org.silverbranch.module.volunteer.internal.service.ReportService;

/**
 * {@code /api/v1/volunteer/streets/{streetCode}/...}: a volunteer's hours, statistics and the CSV export. A
 * period is {@code month=2026-11} or {@code year=2026}; without either, the current month.
 */
@Component(service = ReportResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VolunteerModule.ID})
@Path("streets/{streetCode}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference(name = "reports") ReportService reports) {
        this.reports = reports;
    }

    /** The volunteer's attendances in this street with approved and pending minutes; all years without {@code year}. */
    @GET
    @Path("members/{memberId: [0-9]+}/hours")
    public MemberHours memberHours(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                                   @PathParam("memberId") long memberId,
                                   @QueryParam("year") @ParamType(Integer.class) String year) {
        QueryParams params = new QueryParams();
        Integer y = params.toInteger("year", year);
        params.throwIfInvalid();
        return reports.memberHours(Callers.of(security), streetCode, memberId, y);
    }

    /** Shifts, volunteers and approved hours by month, community and team. */
    @GET
    @Path("stats")
    public VolunteerStats stats(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                                @QueryParam("month") @ParamType(YearMonth.class) String month,
                                @QueryParam("year") @ParamType(Integer.class) String year,
                                @QueryParam("team") @ParamType(Long.class) String team,
                                @QueryParam("community") String community) {
        QueryParams params = new QueryParams();
        YearMonth m = params.toMonth("month", month);
        Integer y = params.toInteger("year", year);
        Long teamId = params.toLong("team", team);
        params.throwIfInvalid();
        return reports.stats(Callers.of(security), streetCode, m, y, teamId, params.toText(community));
    }

    /** The approved hours of the period, one line per attendance, for Excel (UTF-8 with BOM, Chinese headers). */
    @GET
    @Path("hours.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response hoursCsv(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                             @QueryParam("month") @ParamType(YearMonth.class) String month,
                             @QueryParam("year") @ParamType(Integer.class) String year,
                             @QueryParam("team") @ParamType(Long.class) String team) {
        QueryParams params = new QueryParams();
        YearMonth m = params.toMonth("month", month);
        Integer y = params.toInteger("year", year);
        Long teamId = params.toLong("team", team);
        params.throwIfInvalid();
        ReportService.Export export = reports.hoursCsv(Callers.of(security), streetCode, m, y, teamId);
        return CsvDownloads.attachment(export.fileName(), export.content());
    }
}
