package org.silverbranch.core.rest.internal.error;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.internal.filter.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the JSON error answer for any failure: status, stable code, localized message and field problems.
 * Used by the exception mappers and by the filters that answer before a resource runs.
 */
public final class ErrorResponses {

    public static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    static final String CHALLENGE = "Basic realm=\"Silverbranch\", charset=\"UTF-8\"";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final int MAX_CAUSES = 16;

    private final Messages messages;

    public ErrorResponses(Messages messages) {
        this.messages = messages;
    }

    /** The answer for any exception, localized for the request's {@code Accept-Language} header. */
    public Response of(Throwable error, String acceptLanguage) {
        Failure failure = known(error);
        WebApplicationException web = failure == null ? firstWebApplicationException(error) : null;
        if (web != null && web.getResponse() != null && web.getResponse().getStatus() < 400) {
            return web.getResponse();  // a redirect or the like, thrown on purpose
        }
        if (failure == null && web != null) {
            failure = fromWebApplication(web);
        }
        if (failure == null) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {}: unexpected failure of a REST request", incident, error);
            failure = Failure.of(500, "INTERNAL_ERROR", incident);
        } else {
            LOG.debug("REST request failed with {} {}", failure.status(), failure.code(), error);
        }
        Response.ResponseBuilder answer = build(failure, acceptLanguage);
        List<Object> allowed = web == null || web.getResponse() == null ? null
                : web.getResponse().getHeaders().get(HttpHeaders.ALLOW);
        if (allowed != null) {
            allowed.forEach(method -> answer.header(HttpHeaders.ALLOW, method));  // a 405 says what the path allows
        }
        return answer.build();
    }

    /** 401 for a request without valid credentials; {@code challenge} adds the Basic authentication challenge. */
    public Response unauthorized(String acceptLanguage, boolean challenge) {
        Response.ResponseBuilder answer = build(Failure.of(401, "UNAUTHORIZED"), acceptLanguage);
        if (challenge) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return answer.build();
    }

    /** 413 for a body over the configured limit. */
    public Response payloadTooLarge(long limitBytes, String acceptLanguage) {
        return build(payloadTooLargeFailure(limitBytes), acceptLanguage).build();
    }

    /** The request's {@code Accept-Language} through a CXF context proxy; null when no request is in scope. */
    static String acceptLanguage(HttpHeaders headers) {
        try {
            return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException e) {
            return null;  // answer in the default language rather than fail while reporting a failure
        }
    }

    private Response.ResponseBuilder build(Failure failure, String acceptLanguage) {
        Locale language = Messages.languageFor(acceptLanguage);
        List<ErrorResponse.FieldError> fields = failure.fields().stream()
                .map(problem -> fieldError(language, problem))
                .toList();
        String message = messages.message(language, failure.code(), failure.args(), failure.status());
        return Response.status(failure.status())
                .type(JSON_UTF8)
                .entity(new ErrorResponse(failure.code(), message, fields));
    }

    private ErrorResponse.FieldError fieldError(Locale language, FieldProblem problem) {
        return new ErrorResponse.FieldError(problem.field(), problem.code(),
                messages.message(language, problem.code(), problem.args(), 400));
    }

    /** The failure of the innermost cause we understand; CXF wraps reader errors in Fault or BadRequestException. */
    private static Failure known(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            Failure failure = knownCause(cause);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private static Failure knownCause(Throwable cause) {
        if (cause instanceof ServiceException e) {
            return new Failure(e.kind().httpStatus(), e.code(), e.args(), e.fields());
        }
        if (cause instanceof PayloadTooLargeException e) {
            return payloadTooLargeFailure(e.limitBytes());
        }
        if (cause instanceof JsonProcessingException e) {
            return JsonFailures.of(e);
        }
        if (cause instanceof NoContentException) {
            return Failure.of(400, "BODY_REQUIRED");
        }
        if (cause instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            // SQL state class 23 is an integrity constraint violation; the service should have caught it first.
            return Failure.of(409, "CONSTRAINT_VIOLATION");
        }
        return null;
    }

    private static WebApplicationException firstWebApplicationException(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            if (cause instanceof WebApplicationException web) {
                return web;
            }
        }
        return null;
    }

    private static Failure fromWebApplication(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return Failure.of(404, "NOT_FOUND");
        }
        if (e instanceof NotAllowedException) {
            return Failure.of(405, "METHOD_NOT_ALLOWED");
        }
        if (e instanceof NotSupportedException) {
            return Failure.of(415, "UNSUPPORTED_MEDIA_TYPE");
        }
        if (e instanceof NotAcceptableException) {
            return Failure.of(406, "NOT_ACCEPTABLE");
        }
        if (e instanceof NotAuthorizedException) {
            return Failure.of(401, "UNAUTHORIZED");
        }
        if (e instanceof ForbiddenException) {
            return Failure.of(403, "FORBIDDEN");
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return Failure.of(status, genericCode(status));
    }

    static String genericCode(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_FAILED";
        };
    }

    private static Failure payloadTooLargeFailure(long limitBytes) {
        return Failure.of(413, "PAYLOAD_TOO_LARGE", readableSize(limitBytes));
    }

    /** e.g. {@code 1 MB}, {@code 512 KB}, {@code 1000 B}: the limit as a user reads it. */
    static String readableSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
