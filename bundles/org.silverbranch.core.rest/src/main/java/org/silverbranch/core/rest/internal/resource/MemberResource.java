package org.silverbranch.core.rest.internal.resource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.RestProperties;

/** {@code /api/v1/members}: one Party member and the transfers of their organizational relationship. */
@Component(service = MemberResource.class, property = RestProperties.RESOURCE + "=true")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberService members;

    @Activate
    public MemberResource(@Reference(name = "members") MemberService members) {
        this.members = members;
    }

    /**
     * The member, sensitive fields masked; {@code unmask} names fields to show in full (comma-separated
     * {@code idNumber, phone, healthNotes, residencyPlace}), for roles allowed to, and each such read is audited.
     */
    @GET
    @Path("{id: [0-9]+}")
    public Member get(@Context SecurityContext security, @PathParam("id") long id,
                      @QueryParam("unmask") String unmask) {
        return members.get(Callers.of(security), id, sensitiveFields(unmask));
    }

    /** Every member with this ID number in any street and status: district admins only; audited. */
    @GET
    public List<Member> findByIdNumber(@Context SecurityContext security, @QueryParam("idNumber") String idNumber) {
        return members.findByIdNumber(Callers.of(security), idNumber);
    }

    static Set<SensitiveField> sensitiveFields(String unmask) {
        if (unmask == null || unmask.isBlank()) {
            return Set.of();
        }
        Set<SensitiveField> fields = EnumSet.noneOf(SensitiveField.class);
        for (String name : unmask.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            fields.add(SensitiveField.ofParameter(name.strip()).orElseThrow(() -> ServiceException.invalid(List.of(
                    new FieldProblem("unmask", "INVALID_VALUE", List.of(Arrays.stream(SensitiveField.values())
                            .map(SensitiveField::parameter).collect(Collectors.joining(", "))))))));
        }
        return fields;
    }

    /** Updates the member file; needs the version read. */
    @PUT
    @Path("{id: [0-9]+}")
    public Member update(@Context SecurityContext security, @PathParam("id") long id, Member member) {
        return members.update(Callers.of(security), id, Bodies.required(member));
    }

    /** Moves the member to another branch, or out of the district (组织关系转接). */
    @POST
    @Path("{id: [0-9]+}/transfer")
    public Transfer transfer(@Context SecurityContext security, @PathParam("id") long id, TransferRequest request) {
        return members.transfer(Callers.of(security), id, Bodies.required(request));
    }

    /** The member's transfers, oldest first. */
    @GET
    @Path("{id: [0-9]+}/transfers")
    public List<Transfer> transfers(@Context SecurityContext security, @PathParam("id") long id) {
        return members.transfers(Callers.of(security), id);
    }
}
