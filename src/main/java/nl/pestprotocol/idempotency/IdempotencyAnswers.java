package nl.pestprotocol.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.pestprotocol.common.OpenApiIdempotency;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.common.ProblemMappers;

/** The answers of the idempotency layer, and the stored form of a first answer. */
@ApplicationScoped
class IdempotencyAnswers {

    static final String KEY_IN_FLIGHT = OpenApiIdempotency.KEY_IN_FLIGHT;
    static final String KEY_REUSED = OpenApiIdempotency.KEY_REUSED;

    private final ObjectMapper json;

    IdempotencyAnswers(ObjectMapper json) {
        this.json = json;
    }

    Response invalidKey(String reason, String path) {
        return ProblemMappers.respond(new Problem(Problem.typeFor("invalid-request"), "The request is not valid", 400,
                "The Idempotency-Key header is not valid. Nothing was done.", path, null,
                java.util.List.of(new Problem.InvalidParam(IdempotencyKey.HEADER, reason)), null));
    }

    Response inFlight(String path) {
        return ProblemMappers.respond(new Problem(Problem.typeFor(KEY_IN_FLIGHT), "The request with this key is still running",
                409, "A request with this Idempotency-Key is still being processed. Nothing was done for this one;"
                        + " retry it with the same key in a moment to get the first request's answer.",
                path, KEY_IN_FLIGHT, null, null));
    }

    Response reused(String path) {
        return ProblemMappers.respond(new Problem(Problem.typeFor(KEY_REUSED), "The key was used for another request", 422,
                "This Idempotency-Key was used for a request with another method, path or body. Nothing was done;"
                        + " use a new key for a new request.",
                path, KEY_REUSED, null, null));
    }

    /** The stored first answer, as it was, marked as a replay. */
    Response replay(StoredAnswer answer) {
        Response.ResponseBuilder r = Response.status(answer.status()).header(IdempotencyFilter.REPLAYED, "true");
        if (answer.body() != null) {
            r.entity(answer.body()).type(answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType());
        }
        if (answer.location() != null) {
            r.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            r.header(HttpHeaders.ETAG, answer.etag());
        }
        return r.build();
    }

    /**
     * The answer as it will be sent and replayed. The body is serialised here, once, and the response
     * sends these very characters, so the first answer and every replay are the same text.
     */
    StoredAnswer toStore(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        String body = null;
        String contentType = null;
        if (entity != null) {
            body = entity instanceof String text ? text : json.writeValueAsString(entity);
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            contentType = type.toString();
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
        return new StoredAnswer(response.getStatus(), contentType, header(response, HttpHeaders.LOCATION),
                header(response, HttpHeaders.ETAG), body);
    }

    /** The commit failed or its outcome is unknown; the key and the change share that outcome, so a retry is safe. */
    void replaceWithFailure(ContainerResponseContext response, String path) {
        Response failure = ProblemMappers.respond(new Problem(Problem.typeFor("unavailable"), "Service unavailable", 503,
                "The change could not be confirmed. Retry with the same Idempotency-Key: the retry answers the stored"
                        + " result if the change was kept, and makes it once if it was not.", path, null,
                null, null));
        response.setStatus(503);
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().putSingle("Retry-After", ProblemMappers.RETRY_AFTER_SECONDS);
        response.setEntity(failure.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static String header(ContainerResponseContext response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }
}
