package org.silverbranch.orglife.dues.internal.rest;

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
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.dues.internal.rules.DuesCsv;

/** {@code /api/v1/dues.csv}: the district's figures per street for Excel (a root path of its own). */
@Component(service = DistrictDuesCsvResource.class, property = "osgi.jaxrs.resource=true")
@Path("dues.csv")
public class DistrictDuesCsvResource {

    private final DuesReports reports;
    private final Clock clock;

    @Activate
    public DistrictDuesCsvResource(@Reference DuesReports reports) {
        this(reports, Clock.systemDefaultZone());
    }

    DistrictDuesCsvResource(DuesReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response duesCsv(@Context SecurityContext security,
                            @QueryParam("year") @ParamType(Integer.class) String year,
                            @QueryParam("period") String period) {
        Period p = Params.period(period, year, clock);
        DistrictDues dues = reports.district(Callers.of(security), p);
        return CsvDownloads.attachment("dues-district-" + p + ".csv", DuesCsv.streets(dues.streets(), dues.totals()));
    }
}
