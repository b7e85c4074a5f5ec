package org.silverbranch.core.rest.internal.resource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.DefaultValue;
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
import org.silverbranch.core.api.AuditService;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.QueryParams;
import org.silverbranch.core.rest.RestProperties;

/**
 * {@code GET /api/v1/audit}: the audit log, newest first, for district admins and auditors. There is no way to
 * change or delete an entry, here or anywhere.
 */
@Component(service = AuditResource.class, property = RestProperties.RESOURCE + "=true")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference(name = "audit") AuditService audit) {
        this.audit = audit;
    }

    /**
     * Entries matching every given filter: {@code user}, {@code action} (e.g. MEMBER_UPDATE, UNMASK, LOGIN_FAILURE),
     * {@code entityType} and {@code entityId}, {@code street}, and times {@code from} (inclusive) and {@code to}
     * (exclusive) as ISO instants, e.g. 2026-03-01T00:00:00Z.
     */
    @GET
    public Page<AuditEntry> search(@Context SecurityContext security,
                                   @QueryParam("user") String user,
                                   @QueryParam("action") String action,
                                   @QueryParam("entityType") String entityType,
                                   @QueryParam("entityId") String entityId,
                                   @QueryParam("street") String street,
                                   @QueryParam("from") @ParamType(Instant.class) String from,
                                   @QueryParam("to") @ParamType(Instant.class) String to,
                                   @QueryParam("page") @DefaultValue("0") @ParamType(Integer.class) String page,
                                   @QueryParam("size") @DefaultValue("50") @ParamType(Integer.class) String size) {
        QueryParams params = new QueryParams();
        Problems times = new Problems();
        AuditQuery query = new AuditQuery(params.toText(user), params.toText(action), params.toText(entityType),
                params.toText(entityId), params.toText(street), instant(times, "from", from), instant(times, "to", to),
                params.toInt("page", page, 0), params.toInt("size", size, AuditQuery.DEFAULT_PAGE_SIZE));
        if (!times.isEmpty() || !params.problems().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(params.problems());
            all.addAll(times.list());
            throw ServiceException.invalid(all);
        }
        return audit.search(Callers.of(security), query);
    }

    private static Instant instant(Problems problems, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(name, "INVALID_VALUE");
            return null;
        }
    }
}
