package org.silverbranch.orglife.oversight.internal.rest;

import java.time.Clock;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.oversight.DashboardService;
import org.silverbranch.orglife.oversight.DistrictDashboard;

/** {@code /api/v1/dashboard?period=}: the district's figures and one line per street (district admin, auditor). */
@Component(service = DistrictDashboardResource.class, property = RestProperties.RESOURCE + "=true")
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictDashboardResource {

    private final DashboardService dashboards;
    private final Clock clock;

    @Activate
    public DistrictDashboardResource(@Reference(name = "dashboards") DashboardService dashboards) {
        this(dashboards, Clock.systemDefaultZone());
    }

    DistrictDashboardResource(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    /** {@code ?period=2026-Q4} (or {@code 2026}, {@code 2026-11}); the current quarter when absent. */
    @GET
    public DistrictDashboard dashboard(@Context SecurityContext security,
                                       @QueryParam("period") @ParamType(String.class) String period) {
        return dashboards.district(Callers.of(security), Downloads.period(period, clock));
    }
}
