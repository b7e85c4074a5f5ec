package org.silverbranch.orglife.oversight.internal.rest;

import java.time.Clock;
import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.silverbranch.orglife.oversight.AlertService;
import org.silverbranch.orglife.oversight.BranchAlerts;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.internal.rules.Exports;

/**
 * {@code /api/v1/organizations/{id}/alerts}: a branch's own alerts, for its secretary as for the street's staff, and
 * {@code alerts/watch.csv}, the six-month watch of its members.
 */
@Component(service = OrganizationOversightResource.class, property = RestProperties.RESOURCE + "=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationOversightResource {

    private final AlertService alerts;
    private final SixMonthWatch watch;
    private final Clock clock;

    @Activate
    public OrganizationOversightResource(@Reference(name = "alerts") AlertService alerts,
                                         @Reference(name = "watch") SixMonthWatch watch) {
        this(alerts, watch, Clock.systemDefaultZone());
    }

    OrganizationOversightResource(AlertService alerts, SixMonthWatch watch, Clock clock) {
        this.alerts = alerts;
        this.watch = watch;
        this.clock = clock;
    }

    @GET
    @Path("{id: [0-9]+}/alerts")
    public BranchAlerts alerts(@Context SecurityContext security, @PathParam("id") long id) {
        return alerts.branch(Callers.of(security), id);
    }

    @GET
    @Path("{id: [0-9]+}/alerts/watch.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response watchCsv(@Context SecurityContext security, @PathParam("id") long id) {
        return Downloads.csv(Exports.watch(watch.branch(Callers.of(security), id).flags()),
                "watch", "branch", Long.toString(id), LocalDate.now(clock).toString());
    }
}
