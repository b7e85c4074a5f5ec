package org.silverbranch.orglife.dues.internal.rest;

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
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.StreetDues;
import org.silverbranch.orglife.dues.internal.rules.DuesCsv;
import org.silverbranch.orglife.dues.internal.service.DuesReportsImpl;

/** {@code /api/v1/streets/{code}/dues}: a street's dues per branch; {@code dues.csv}: its members' arrears list. */
@Component(service = StreetDuesResource.class, property = "osgi.jaxrs.resource=true")
@Path("streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetDuesResource {

    private final DuesReportsImpl reports;
    private final Clock clock;

    @Activate
    public StreetDuesResource(@Reference DuesReportsImpl reports) {
        this(reports, Clock.systemDefaultZone());
    }

    StreetDuesResource(DuesReportsImpl reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Path("{code: [0-9]+}/dues")
    public StreetDues dues(@Context SecurityContext security, @PathParam("code") String code,
                           @QueryParam("year") @ParamType(Integer.class) String year,
                           @QueryParam("period") String period) {
        return reports.street(Callers.of(security), code, Params.period(period, year, clock));
    }

    /** One line per member of the street (arrears first) with the branch's name. */
    @GET
    @Path("{code: [0-9]+}/dues.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response duesCsv(@Context SecurityContext security, @PathParam("code") String code,
                            @QueryParam("year") @ParamType(Integer.class) String year,
                            @QueryParam("period") String period) {
        Period p = Params.period(period, year, clock);
        DuesReportsImpl.StreetData data = reports.streetData(Callers.of(security), code, p);
        return CsvDownloads.attachment("dues-street-" + code + "-" + p + ".csv", DuesCsv.members(data.lines(), id -> {
            Organization o = id == null ? null : data.organizations().get(id);
            return o == null ? null : o.name();
        }));
    }
}
