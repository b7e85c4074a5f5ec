package org.silverbranch.core.modules.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.module.LedgerService;
import org.silverbranch.core.api.module.MemberLedger;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;

/** {@code /api/v1/members/{id}/ledger?year=}: one timeline of the core's and the modules' entries. */
@Component(service = LedgerResource.class, property = "osgi.jaxrs.resource=true")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    /** The Party's founding year: no ledger reaches further back. */
    private static final int FIRST_YEAR = 1921;

    private final LedgerService ledger;

    @Activate
    public LedgerResource(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("{id: [0-9]+}/ledger")
    public MemberLedger ledger(@Context SecurityContext security, @PathParam("id") long id,
                               @QueryParam("year") @ParamType(Integer.class) String year) {
        QueryParams params = new QueryParams();
        int thisYear = LocalDate.now().getYear();
        int y = params.toInt("year", year, thisYear);
        params.throwIfInvalid();
        if (y < FIRST_YEAR || y > thisYear + 1) {
            throw ServiceException.invalid(new Problems().add("year", "OUT_OF_RANGE", FIRST_YEAR, thisYear + 1).list());
        }
        return ledger.ledger(Callers.of(security), id, y);
    }
}
