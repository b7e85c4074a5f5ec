package org.silverbranch.orglife.supervision.internal.rest;

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
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.SupervisionService;
import org.silverbranch.orglife.supervision.internal.rules.Exports;

/** {@code /api/v1/rectifications.csv}: the district's list for Excel (a path of its own beside the JSON list). */
@Component(service = DistrictRectificationsCsvResource.class, property = RestProperties.RESOURCE + "=true")
@Path("rectifications.csv")
public class DistrictRectificationsCsvResource {

    private final SupervisionService supervision;

    @Activate
    public DistrictRectificationsCsvResource(@Reference(name = "supervision") SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GET
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response csv(@Context SecurityContext security,
                        @QueryParam("status") @ParamType(RectificationStatus.class) String status,
                        @QueryParam("overdue") @ParamType(Boolean.class) String overdue) {
        Params params = new Params();
        RectificationStatus s = params.toEnum("status", status, RectificationStatus.class);
        Boolean late = params.toBoolean("overdue", overdue);
        params.throwIfInvalid();
        return CsvDownloads.attachment("rectifications-district.csv",
                Exports.rectifications(supervision.districtRectifications(Callers.of(security), s, late)));
    }
}
