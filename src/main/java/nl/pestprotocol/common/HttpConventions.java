package nl.pestprotocol.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Conventions every HTTP response follows, also those served outside the REST layer (OpenAPI,
 * health): the {@code API-Version} header, an echoed or generated {@code X-Request-Id}, and
 * 413 problem+json for bodies over 1 MiB before a byte of them is read.
 */
@ApplicationScoped
public class HttpConventions {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** A client's request id is echoed only when it is plainly an id; anything else is replaced. */
    private static final java.util.regex.Pattern SAFE_REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final String apiVersion;
    private final ObjectMapper json;

    public HttpConventions(@ConfigProperty(name = "pestprotocol.api-version") String apiVersion, ObjectMapper json) {
        this.apiVersion = apiVersion;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String requestId = ctx.request().getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        ctx.put(REQUEST_ID, requestId);
        org.jboss.logging.MDC.put("requestId", requestId);
        ctx.response().headers().set("API-Version", apiVersion).set(REQUEST_ID, requestId);
        if (declaredBodyTooLarge(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            Problem problem = new Problem(Problem.typeFor("payload-too-large"), "Request body too large", 413,
                    "The request body is larger than 1 MiB.", ctx.request().path(), null, null, null);
            try {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.fail(e);
            }
            return;
        }
        ctx.next();
    }

    private static boolean declaredBodyTooLarge(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
