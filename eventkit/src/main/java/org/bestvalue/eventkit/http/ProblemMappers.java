package org.bestvalue.eventkit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.eventkit.ConcurrencyConflict;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error a service answers is an RFC 9457 problem+json body that names what to fix. Unexpected
 * failures are logged with an id and answered with that id, never with a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Problem types are relative URIs; {@code GET /problems/<code>} answers the catalogue row (docs/problems.md). */
    public static final String TYPE_BASE = "/problems/";

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflict e, UriInfo uri) {
        Problem p = problem("concurrency-conflict", "The resource changed since you read it", 409, e.getMessage(), uri)
                .with("currentVersion", e.currentVersion())
                .with("expectedVersion", e.expectedVersion());
        Response.ResponseBuilder r = Response.status(409).type(Problem.MEDIA_TYPE).entity(p);
        if (e.currentVersion() >= 0) r.tag(StreamVersions.etag(e.currentVersion()));
        return r.build();
    }

    @ServerExceptionMapper
    public Response rule(RuleViolation e, UriInfo uri) {
        return respond(problem(e.code(), title(e.status()), e.status(), e.getMessage(), uri).with("field", e.field()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return respond(problem("not-found", "Not found", 404, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(Map.of("field", fieldOf(v), "message", v.getMessage())));
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; "));
        return respond(problem("invalid-request", "The request is not valid", 400, detail, uri)
                .with("field", errors.isEmpty() ? null : errors.get(0).get("field"))
                .with("errors", errors));
    }

    /** Quarkus' own mapper for its ConstraintViolationException subclass would answer plain JSON. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidParameters(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    /** Quarkus' own mapper for a field of the wrong type (a date "1 July", a colour "PURPLE") would name no field. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String detail = field == null ? "The body is not valid JSON: " + e.getOriginalMessage()
                : "Field '" + field + "' has the wrong type or format";
        return respond(problem("malformed-body", "The body cannot be read", 400, detail, uri).with("field", field));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) return unreadable(j, uri);
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder r = Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(problem(slug(status), title(status), status, e.getMessage(), uri));
        return r.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem("forbidden", "Forbidden", 403, "Your role does not allow this", uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").type(Problem.MEDIA_TYPE)
                .entity(problem("unauthorized", "Unauthorized", 401, "A valid bearer token is required", uri)).build();
    }

    @ServerExceptionMapper(priority = 20_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (org.bestvalue.eventkit.inbox.Failures.isTransient(e)) {
            // The database is away, busy (no connection free in time) or lost the connection: nothing was applied
            // (a command's change is one transaction) and the same request, repeated, may well succeed.
            LOG.warnf("Unavailable for now on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(respond(problem("service-unavailable", "Service unavailable", 503,
                            "The service cannot take this request now (its database is busy or away); nothing was changed."
                                    + " Send the same request again in a moment (with the same Idempotency-Key, if it had one)", uri)))
                    .header("Retry-After", "1").build();
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return respond(problem("internal-error", "Internal error", 500,
                "Something went wrong on our side; quote incident " + incident, uri).with("incident", incident));
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Paths look like "create.body.title" for a method parameter: keep the part the client wrote.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static Problem problem(String code, String title, int status, String detail, UriInfo uri) {
        return new Problem(TYPE_BASE + code, title, status, detail, uri == null ? null : uri.getPath());
    }

    private static Response respond(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            default -> "http-" + status;
        };
    }

    static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s != null ? s.getReasonPhrase() : switch (status) {
            case 422 -> "Unprocessable content";
            case 428 -> "Precondition required";
            default -> "Error " + status;
        };
    }
}
