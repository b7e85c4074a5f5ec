package org.silverbranch.orglife.meetings.internal.rest;

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
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.DistrictCompliance;

/** {@code /api/v1/compliance?period=}: each street's totals and the district's (district administrator, auditor). */
@Component(service = DistrictComplianceResource.class, property = RestProperties.RESOURCE + "=true")
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictComplianceResource {

    private final ComplianceService compliance;
    private final Clock clock;

    @Activate
    public DistrictComplianceResource(@Reference(name = "compliance") ComplianceService compliance) {
        this(compliance, Clock.systemDefaultZone());
    }

    public DistrictComplianceResource(ComplianceService compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @GET
    public DistrictCompliance district(@Context SecurityContext security, @QueryParam("period") String period) {
        return compliance.district(Callers.of(security), Params.periodOrCurrentQuarter(period, clock));
    }
}
