package org.silverbranch.orglife.meetings.internal.rest;

import java.time.Clock;

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
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.StreetCompliance;

/**
 * {@code /api/v1/streets/{code}/compliance?period=} (JSON) and {@code /api/v1/streets/{code}/compliance.csv?period=}
 * (the same list for Excel): every retiree branch of the street and the street's totals. {@code period} is
 * {@code 2026}, {@code 2026-Q4} or {@code 2026-11}, by default the current quarter.
 */
@Component(service = ComplianceResource.class, property = RestProperties.RESOURCE + "=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    private final ComplianceService compliance;
    private final Clock clock;

    @Activate
    public ComplianceResource(@Reference(name = "compliance") ComplianceService compliance) {
        this(compliance, Clock.systemDefaultZone());
    }

    public ComplianceResource(ComplianceService compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @GET
    @Path("{code}/compliance")
    public StreetCompliance street(@Context SecurityContext security, @PathParam("code") String code,
                                   @QueryParam("period") String period) {
        return compliance.street(Callers.of(security), code, Params.periodOrCurrentQuarter(period, clock));
    }

    @GET
    @Path("{code}/compliance.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response streetCsv(@Context SecurityContext security, @PathParam("code") String code,
                              @QueryParam("period") String period) {
        StreetCompliance street = compliance.street(Callers.of(security), code,
                Params.periodOrCurrentQuarter(period, clock));
        String fileName = "compliance-" + street.streetCode() + "-" + street.period() + ".csv";
        return CsvDownloads.attachment(fileName, ComplianceCsv.of(street));
    }
}
