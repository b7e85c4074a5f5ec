package org.silverbranch.orglife.dues.internal.rest;

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
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesReports;

/** {@code /api/v1/dues}: the district's dues per street (district administrator, auditor). */
@Component(service = DistrictDuesResource.class, property = "osgi.jaxrs.resource=true")
@Path("dues")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictDuesResource {

    private final DuesReports reports;
    private final Clock clock;

    @Activate
    public DistrictDuesResource(@Reference DuesReports reports) {
        this(reports, Clock.systemDefaultZone());
    }

    DistrictDuesResource(DuesReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public DistrictDues dues(@Context SecurityContext security,
                             @QueryParam("year") @ParamType(Integer.class) String year,
                             @QueryParam("period") String period) {
        return reports.district(Callers.of(security), Params.period(period, year, clock));
    }
}
