package org.silverbranch.orglife.oversight.internal.rest;

import java.time.Clock;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.oversight.DashboardService;
import org.silverbranch.orglife.oversight.internal.rules.Exports;

/** {@code /api/v1/dashboard.csv?period=}: the district dashboard's per-street lines for Excel. */
@Component(service = DistrictDashboardCsvResource.class, property = RestProperties.RESOURCE + "=true")
@Path("dashboard.csv")
public class DistrictDashboardCsvResource {

    private final DashboardService dashboards;
    private final Clock clock;

    @Activate
    public DistrictDashboardCsvResource(@Reference(name = "dashboards") DashboardService dashboards) {
        this(dashboards, Clock.systemDefaultZone());
    }

    DistrictDashboardCsvResource(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GET
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response csv(@Context SecurityContext security,
                        @QueryParam("period") @ParamType(String.class) String period) {
        Period p = Downloads.period(period, clock);
        return Downloads.csv(Exports.streets(dashboards.district(Callers.of(security), p).streets()),
                "dashboard", "district", p.toString());
    }
}
