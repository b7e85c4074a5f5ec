package org.silverbranch.orglife.supervision.internal.rest;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

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
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;
import org.silverbranch.orglife.supervision.internal.rules.Exports;

/**
 * {@code /api/v1/streets/{code}/...}: a street's rectification tasks, branch health and returns due, as JSON and as
 * CSV ({@code .csv} beside each list). Street administrator and viewer of the street, district roles.
 */
@Component(service = StreetSupervisionResource.class, property = RestProperties.RESOURCE + "=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetSupervisionResource {

    private final SupervisionService supervision;
    private final BranchHealthService health;
    private final SeasonalService seasonal;
    private final Clock clock;

    @Activate
    public StreetSupervisionResource(@Reference(name = "supervision") SupervisionService supervision,
                                     @Reference(name = "health") BranchHealthService health,
                                     @Reference(name = "seasonal") SeasonalService seasonal) {
        this(supervision, health, seasonal, Clock.systemDefaultZone());
    }

    public StreetSupervisionResource(SupervisionService supervision, BranchHealthService health,
                                     SeasonalService seasonal, Clock clock) {
        this.supervision = supervision;
        this.health = health;
        this.seasonal = seasonal;
        this.clock = clock;
    }

    /** The street's tasks by deadline, e.g. {@code ?status=OPEN&overdue=true}. */
    @GET
    @Path("{code}/rectifications")
    public List<Rectification> rectifications(@Context SecurityContext security, @PathParam("code") String code,
                                              @QueryParam("status") @ParamType(RectificationStatus.class) String status,
                                              @QueryParam("overdue") @ParamType(Boolean.class) String overdue) {
        return rectificationList(Callers.of(security), code, status, overdue);
    }

    @GET
    @Path("{code}/rectifications.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response rectificationsCsv(@Context SecurityContext security, @PathParam("code") String code,
                                      @QueryParam("status") @ParamType(RectificationStatus.class) String status,
                                      @QueryParam("overdue") @ParamType(Boolean.class) String overdue) {
        return CsvDownloads.attachment("rectifications-" + code + ".csv",
                Exports.rectifications(rectificationList(Callers.of(security), code, status, overdue)));
    }

    /** Open, overdue, done and cancelled tasks of the street. */
    @GET
    @Path("{code}/rectification-counts")
    public RectificationCounts rectificationCounts(@Context SecurityContext security, @PathParam("code") String code) {
        return supervision.streetCounts(Callers.of(security), code);
    }

    /** Branches with health suggestions; {@code ?all=true}: every active branch. */
    @GET
    @Path("{code}/branch-health")
    public List<BranchHealth> branchHealth(@Context SecurityContext security, @PathParam("code") String code,
                                           @QueryParam("all") @ParamType(Boolean.class) String all) {
        return healthList(Callers.of(security), code, all);
    }

    @GET
    @Path("{code}/branch-health.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response branchHealthCsv(@Context SecurityContext security, @PathParam("code") String code,
                                    @QueryParam("all") @ParamType(Boolean.class) String all) {
        return CsvDownloads.attachment("branch-health-" + code + ".csv",
                Exports.health(healthList(Callers.of(security), code, all)));
    }

    /** Returns due in a month ({@code ?month=2026-11}, default this month), overdue returns included. */
    @GET
    @Path("{code}/returns-due")
    public List<AwayMember> returnsDue(@Context SecurityContext security, @PathParam("code") String code,
                                       @QueryParam("month") @ParamType(YearMonth.class) String month) {
        return seasonal.returnsDue(Callers.of(security), code, month(month));
    }

    @GET
    @Path("{code}/returns-due.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response returnsDueCsv(@Context SecurityContext security, @PathParam("code") String code,
                                  @QueryParam("month") @ParamType(YearMonth.class) String month) {
        YearMonth m = month(month);
        return CsvDownloads.attachment("returns-due-" + code + "-" + m + ".csv",
                Exports.returns(seasonal.returnsDue(Callers.of(security), code, m)));
    }

    private List<Rectification> rectificationList(Caller caller, String code, String status, String overdue) {
        Params params = new Params();
        RectificationStatus s = params.toEnum("status", status, RectificationStatus.class);
        Boolean late = params.toBoolean("overdue", overdue);
        params.throwIfInvalid();
        return supervision.streetRectifications(caller, code, s, late);
    }

    private List<BranchHealth> healthList(Caller caller, String code, String all) {
        Params params = new Params();
        Boolean every = params.toBoolean("all", all);
        params.throwIfInvalid();
        return health.streetHealth(caller, code, Boolean.TRUE.equals(every));
    }

    private YearMonth month(String month) {
        Params params = new Params();
        YearMonth m = params.toMonth("month", month, YearMonth.now(clock));
        params.throwIfInvalid();
        return m;
    }
}
