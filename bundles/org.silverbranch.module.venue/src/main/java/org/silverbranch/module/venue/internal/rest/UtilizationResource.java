package org.silverbranch.module.venue.internal.rest;

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
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.UtilizationReport;
import org.silverbranch.module.venue.internal.service.UtilizationService;

/** {@code /api/v1/venue/streets/{streetCode}/utilization}: occupancy and no-shows of the street's venues. */
@Component(service = UtilizationResource.class,
        property = {RestProperties.RESOURCE + "=true", RestProperties.GROUP + "=" + VenueModule.ID})
@Path("streets/{streetCode}")
@Produces(MediaType.APPLICATION_JSON)
public class UtilizationResource {

    private final UtilizationService utilization;

    @Activate
    public UtilizationResource(@Reference(name = "utilization") UtilizationService utilization) {
        this.utilization = utilization;
    }

    /** The month's figures per venue and in total ({@code month=2026-11}, default this month). */
    @GET
    @Path("utilization")
    public UtilizationReport report(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                                    @QueryParam("month") @ParamType(YearMonth.class) String month) {
        QueryParams params = new QueryParams();
        YearMonth m = params.toMonth("month", month);
        params.throwIfInvalid();
        return utilization.report(Callers.of(security), streetCode, m);
    }

    /** The same as CSV for Excel (UTF-8 with BOM, Chinese headers). */
    @GET
    @Path("utilization.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response csv(@Context SecurityContext security, @PathParam("streetCode") String streetCode,
                        @QueryParam("month") @ParamType(YearMonth.class) String month) {
        QueryParams params = new QueryParams();
        YearMonth m = params.toMonth("month", month);
        params.throwIfInvalid();
        UtilizationService.Export export = utilization.csv(Callers.of(security), streetCode, m);
        return CsvDownloads.attachment(export.fileName(), export.content());
    }
}
