package org.silverbranch.orglife.oversight.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
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
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.oversight.AlertService;
import org.silverbranch.orglife.oversight.DashboardService;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.StreetAlerts;
import org.silverbranch.orglife.oversight.StreetDashboard;
import org.silverbranch.orglife.oversight.internal.rules.AlertAssembly;
import org.silverbranch.orglife.oversight.internal.rules.Exports;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * {@code /api/v1/streets/{code}/alerts} and {@code /dashboard}, with a CSV of each list: {@code alerts/watch.csv},
 * {@code alerts/branch-health.csv}, {@code alerts/returns-due.csv}, {@code alerts/overdue-rectifications.csv} (each
 * the same list as its section of the alerts) and {@code dashboard.csv} (the per-branch lines). Readers: district
 * roles, the street's administrator and viewer.
 */
@Component(service = StreetOversightResource.class, property = RestProperties.RESOURCE + "=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetOversightResource {

    private final AlertService alerts;
    private final SixMonthWatch watch;
    private final DashboardService dashboards;
    private final BranchHealthService health;
    private final SeasonalService seasonal;
    private final SupervisionService supervision;
    private final Clock clock;

    @Activate
    public StreetOversightResource(@Reference(name = "alerts") AlertService alerts,
                                   @Reference(name = "watch") SixMonthWatch watch,
                                   @Reference(name = "dashboards") DashboardService dashboards,
                                   @Reference(name = "health") BranchHealthService health,
                                   @Reference(name = "seasonal") SeasonalService seasonal,
                                   @Reference(name = "supervision") SupervisionService supervision) {
        this(alerts, watch, dashboards, health, seasonal, supervision, Clock.systemDefaultZone());
    }

    StreetOversightResource(AlertService alerts, SixMonthWatch watch, DashboardService dashboards,
                            BranchHealthService health, SeasonalService seasonal, SupervisionService supervision,
                            Clock clock) {
        this.alerts = alerts;
        this.watch = watch;
        this.dashboards = dashboards;
        this.health = health;
        this.seasonal = seasonal;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** The six-month watch, branch health, returns due this month and overdue rectifications, each with counts. */
    @GET
    @Path("{code}/alerts")
    public StreetAlerts alerts(@Context SecurityContext security, @PathParam("code") String code) {
        return alerts.street(Callers.of(security), code);
    }

    @GET
    @Path("{code}/alerts/watch.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response watchCsv(@Context SecurityContext security, @PathParam("code") String code) {
        return Downloads.csv(Exports.watch(watch.street(Callers.of(security), code).flags()),
                "watch", code, LocalDate.now(clock).toString());
    }

    @GET
    @Path("{code}/alerts/branch-health.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response branchHealthCsv(@Context SecurityContext security, @PathParam("code") String code) {
        Caller caller = Callers.of(security);
        return Downloads.csv(Exports.health(AlertAssembly.health(health.streetHealth(caller, code, false)).items()),
                "branch-health", code, LocalDate.now(clock).toString());
    }

    @GET
    @Path("{code}/alerts/returns-due.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response returnsDueCsv(@Context SecurityContext security, @PathParam("code") String code) {
        YearMonth month = YearMonth.now(clock);
        return Downloads.csv(Exports.returns(seasonal.returnsDue(Callers.of(security), code, month)),
                "returns-due", code, month.toString());
    }

    @GET
    @Path("{code}/alerts/overdue-rectifications.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response overdueRectificationsCsv(@Context SecurityContext security, @PathParam("code") String code) {
        return Downloads.csv(Exports.rectifications(AlertAssembly.overdue(
                        supervision.streetRectifications(Callers.of(security), code, null, true)).items()),
                "overdue-rectifications", code, LocalDate.now(clock).toString());
    }

    /** {@code ?period=2026-Q4} (or {@code 2026}, {@code 2026-11}); the current quarter when absent. */
    @GET
    @Path("{code}/dashboard")
    public StreetDashboard dashboard(@Context SecurityContext security, @PathParam("code") String code,
                                     @QueryParam("period") @ParamType(String.class) String period) {
        return dashboards.street(Callers.of(security), code, Downloads.period(period, clock));
    }

    /** The dashboard's per-branch lines. */
    @GET
    @Path("{code}/dashboard.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response dashboardCsv(@Context SecurityContext security, @PathParam("code") String code,
                                 @QueryParam("period") @ParamType(String.class) String period) {
        Period p = Downloads.period(period, clock);
        StreetDashboard d = dashboards.street(Callers.of(security), code, p);
        return Downloads.csv(Exports.branches(d.branches()), "dashboard", code, p.toString());
    }
}
