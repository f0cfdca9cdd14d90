package nl.pestprotocol.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one family of exception mappers: everything becomes RFC 9457 problem+json, and nothing
 * of the implementation (stack traces, class names, SQL) leaves the service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(new Problem(Problem.typeFor(e.slug), e.title, e.status, e.getMessage(), path(uri), e.code,
                e.invalidParams, e.unmetConditions));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            params.add(new Problem.InvalidParam(Problem.echo(propertyName(v.getPropertyPath())), v.getMessage()));
        }
        params.sort(Comparator.comparing(Problem.InvalidParam::name));
        return badRequest("The request body or parameters are not valid.", params, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return badRequest("The request body is not valid JSON for this operation.", List.of(invalidParamOf(e)), uri);
    }

    /** Takes precedence over Quarkus' built-in mapper, which answers plain JSON. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return DatabaseOutage.causedBy(e) ? unavailable(e, uri) : unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return DatabaseOutage.causedBy(e) ? unavailable(e, uri) : unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, uri);
        }
        return respond(new Problem(Problem.typeFor("forbidden"), "Not allowed", 403,
                "Your role may not use this operation.", path(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        int status = e.getResponse().getStatus();
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internalError(uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        return respond(new Problem(Problem.typeFor(slug(status)), title, status, detailFor(status), path(uri), null, null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e.getCause() instanceof ApiException api) {
            return api(api, uri);
        }
        if (DatabaseOutage.unstorableText(e)) {
            return badRequest("The request contains a character that cannot be stored, such as NUL (\\u0000).",
                    List.of(new Problem.InvalidParam("body", "contains a character that cannot be stored")), uri);
        }
        if (DatabaseOutage.outOfRange(e)) {
            LOG.warn("A value out of range reached the database: " + e);
            return badRequest("The request contains a date or number outside what the service can store.",
                    List.of(new Problem.InvalidParam("body", "contains a value out of range")), uri);
        }
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, uri);
        }
        if (clientGone(e)) {
            // the connection closed while the body was read (a time limit, or the client left): nobody hears an answer
            LOG.debug("The connection closed before the request body was read");
            return internalError(uri);
        }
        LOG.error("Unexpected failure", e);
        return internalError(uri);
    }

    /**
     * The database is away. A request in flight may have failed at its commit, whose outcome the
     * service cannot know, so the answer does not promise that nothing was changed.
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warn("Database unavailable: " + e);
        return Response.fromResponse(respond(new Problem(Problem.typeFor("unavailable"), "Service unavailable", 503,
                "The database cannot be reached right now. Try again shortly.", path(uri), null, null, null)))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    public static final String RETRY_AFTER_SECONDS = "5";

    private Response unauthenticated(UriInfo uri) {
        Response r = respond(new Problem(Problem.typeFor("unauthenticated"), "Authentication required", 401,
                "Send a valid bearer access token from the school's identity provider.", path(uri), null, null, null));
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response internalError(UriInfo uri) {
        return respond(new Problem(Problem.typeFor("internal-error"), "Internal error", 500,
                "The service could not handle this request. It has been logged.", path(uri), null, null, null));
    }

    private Response badRequest(String detail, List<Problem.InvalidParam> params, UriInfo uri) {
        return respond(new Problem(Problem.typeFor("invalid-request"), "The request is not valid", 400, detail, path(uri),
                null, params, null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String slug(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "invalid-request";
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This path does not support this HTTP method.";
            case 406 -> "This resource is available as application/json only.";
            case 413 -> "The request body is larger than 1 MiB.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    /** Drops the method and parameter name that Hibernate Validator puts in front of the property path. */
    private static String propertyName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.size() > 2) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "body" : names.get(names.size() - 1);
    }

    private static Problem.InvalidParam invalidParamOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    name.append('[').append(ref.getIndex()).append(']');
                }
            }
            return new Problem.InvalidParam(Problem.echo(name.toString()), reasonOf(jme));
        }
        return new Problem.InvalidParam("body", "is not well-formed JSON");
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this resource; unknown and read-only properties are refused";
        }
        if (e instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            if (target != null && target.isEnum()) {
                List<String> values = new ArrayList<>();
                for (Object c : target.getEnumConstants()) {
                    values.add(c.toString());
                }
                return "must be one of " + values;
            }
            if (target != null) {
                return "has the wrong format for " + friendlyType(target);
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mie && mie.getTargetType() != null) {
            return "has the wrong type; expected " + friendlyType(mie.getTargetType());
        }
        return "is not valid";
    }

    private static String friendlyType(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date YYYY-MM-DD (RFC 3339) from " + ApiDates.MIN + " to " + ApiDates.MAX;
            case "Instant" -> "a date-time with a zone, e.g. 2026-11-02T09:30:00Z (RFC 3339), in the years "
                    + ApiDates.MIN.getYear() + " to " + ApiDates.MAX.getYear();
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "a boolean";
            case "String" -> "a string";
            default -> type.isEnum() ? "one of the listed values"
                    : (java.util.Collection.class.isAssignableFrom(type) ? "an array" : "an object");
        };
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
