package org.silverbranch.orglife.meetings.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.Callers;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.orglife.meetings.Attachment;
import org.silverbranch.orglife.meetings.AttachmentContent;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingService;
import org.silverbranch.orglife.meetings.internal.MeetingsSettings;

/** {@code /api/v1/meetings/{id}}: one meeting, its replacement (PUT with the version read), its attachments. */
@Component(service = MeetingResource.class, property = RestProperties.RESOURCE + "=true")
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    /** The file name when the client cannot put it in the query: percent-encoded UTF-8 (Chinese names). */
    public static final String FILE_NAME_HEADER = "X-File-Name";

    private final MeetingService meetings;
    private final MeetingsSettings settings;

    @Activate
    public MeetingResource(@Reference(name = "meetings") MeetingService meetings,
                           @Reference(name = "settings") MeetingsSettings settings) {
        this.meetings = meetings;
        this.settings = settings;
    }

    @GET
    @Path("{id: [0-9]+}")
    public Meeting get(@Context SecurityContext security, @PathParam("id") long id) {
        return meetings.get(Callers.of(security), id);
    }

    /** Replaces the meeting (roll and resolutions included); needs the version read. */
    @PUT
    @Path("{id: [0-9]+}")
    public Meeting update(@Context SecurityContext security, @PathParam("id") long id, MeetingInput meeting) {
        return meetings.update(Callers.of(security), id, Params.required(meeting));
    }

    /**
     * Uploads a file: the raw bytes as the body, its name in {@code ?filename=} or the {@code X-File-Name} header
     * (percent-encoded UTF-8). The type is recognised from the content; a Content-Type that contradicts it is 400.
     */
    @POST
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @ResponseType(value = Attachment.class, status = 201)
    public Response upload(@Context SecurityContext security, @Context UriInfo uriInfo, @PathParam("id") long id,
                           @QueryParam("filename") String fileName, @HeaderParam(FILE_NAME_HEADER) String header,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String name = fileName != null && !fileName.isBlank() ? fileName : decodeFileName(header);
        byte[] content = readAtMost(body, settings.attachmentMaxBytes() + 1);
        Attachment saved = meetings.addAttachment(Callers.of(security), id, name, contentType, content);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(saved).build();
    }

    /** Downloads a file with the type recognised at upload, as an attachment (never shown inline). */
    @GET
    @Path("{id: [0-9]+}/attachments/{attachmentId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @ResponseType(byte[].class)
    public Response download(@Context SecurityContext security, @PathParam("id") long id,
                             @PathParam("attachmentId") long attachmentId) {
        AttachmentContent file = meetings.attachment(Callers.of(security), id, attachmentId);
        return Response.ok(file.content(), file.attachment().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.attachment().fileName()))
                .build();
    }

    /**
     * The {@code X-File-Name} header decoded; a malformed escape ({@code %zz}, a cut-off {@code %4}) is the client's
     * mistake: 400 with a problem on the file name, not the 500 URLDecoder's IllegalArgumentException would give.
     */
    static String decodeFileName(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(List.of(new FieldProblem("filename", "INVALID_VALUE", List.of())));
        }
    }

    /** RFC 6266: an ASCII fallback name and the UTF-8 name, so Chinese names survive every browser. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The body, up to {@code limit} bytes: a larger one is cut there, and the service refuses it as too large. */
    private static byte[] readAtMost(InputStream body, long limit) {
        if (body == null) {
            return new byte[0];
        }
        try {
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        } catch (IOException e) {
            // the core's error mapper finds its own 413 (body over maxRequestBytes) in the cause chain
            throw new UncheckedIOException(e);
        }
    }
}
