package org.silverbranch.orglife.dues.internal.rest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.BranchDues;
import org.silverbranch.orglife.dues.BranchFundService;
import org.silverbranch.orglife.dues.DuesReturn;
import org.silverbranch.orglife.dues.Expense;
import org.silverbranch.orglife.dues.ExpenseInput;
import org.silverbranch.orglife.dues.FundBalance;
import org.silverbranch.orglife.dues.ReturnInput;
import org.silverbranch.orglife.dues.internal.rules.DuesCsv;
import org.silverbranch.orglife.dues.internal.service.DuesReportsImpl;

/**
 * {@code /api/v1/organizations/{id}/dues...}: a branch's members with paid and owed (JSON, or {@code dues.csv}),
 * dues returned to it, its spending of them and the balance.
 */
@Component(service = OrganizationDuesResource.class, property = "osgi.jaxrs.resource=true")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationDuesResource {

    private final DuesReportsImpl reports;
    private final BranchFundService funds;
    private final Clock clock;

    @Activate
    public OrganizationDuesResource(@Reference DuesReportsImpl reports, @Reference BranchFundService funds) {
        this(reports, funds, Clock.systemDefaultZone());
    }

    OrganizationDuesResource(DuesReportsImpl reports, BranchFundService funds, Clock clock) {
        this.reports = reports;
        this.funds = funds;
        this.clock = clock;
    }

    /** The branch's members (arrears first) with paid and owed, totals, members without a declared pension. */
    @GET
    @Path("{id: [0-9]+}/dues")
    public BranchDues dues(@Context SecurityContext security, @PathParam("id") long id,
                           @QueryParam("year") @ParamType(Integer.class) String year,
                           @QueryParam("period") String period) {
        return reports.branch(Callers.of(security), id, Params.period(period, year, clock));
    }

    /** The same list for Excel (UTF-8 with BOM, Chinese headers, yuan). */
    @GET
    @Path("{id: [0-9]+}/dues.csv")
    @Produces(CsvDownloads.CSV_UTF8)
    @ResponseType(String.class)
    public Response duesCsv(@Context SecurityContext security, @PathParam("id") long id,
                            @QueryParam("year") @ParamType(Integer.class) String year,
                            @QueryParam("period") String period) {
        Period p = Params.period(period, year, clock);
        DuesReportsImpl.BranchData data = reports.branchData(Callers.of(security), id, p);
        Map<Long, String> names = data.branch().id() == null ? Map.of() : Map.of(data.branch().id(),
                data.branch().name());
        return CsvDownloads.attachment("dues-branch-" + id + "-" + p + ".csv",
                DuesCsv.members(data.lines(), names::get));
    }

    @POST
    @Path("{id: [0-9]+}/dues/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseType(value = DuesReturn.class, status = 201)
    public Response recordReturn(@Context SecurityContext security, @PathParam("id") long id, ReturnInput input) {
        return Response.status(Response.Status.CREATED).entity(funds.recordReturn(Callers.of(security), id, input))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/dues/returns")
    public List<DuesReturn> returns(@Context SecurityContext security, @PathParam("id") long id,
                                    @QueryParam("year") @ParamType(Integer.class) String year) {
        return funds.returns(Callers.of(security), id, Params.optionalYear(year, clock));
    }

    @POST
    @Path("{id: [0-9]+}/dues/expenses")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseType(value = Expense.class, status = 201)
    public Response recordExpense(@Context SecurityContext security, @PathParam("id") long id, ExpenseInput input) {
        return Response.status(Response.Status.CREATED).entity(funds.recordExpense(Callers.of(security), id, input))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/dues/expenses")
    public List<Expense> expenses(@Context SecurityContext security, @PathParam("id") long id,
                                  @QueryParam("year") @ParamType(Integer.class) String year) {
        return funds.expenses(Callers.of(security), id, Params.optionalYear(year, clock));
    }

    @GET
    @Path("{id: [0-9]+}/dues/balance")
    public FundBalance balance(@Context SecurityContext security, @PathParam("id") long id) {
        return funds.balance(Callers.of(security), id);
    }
}
