package nl.pestprotocol.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * OPTIONS is not offered on the API (501 problem+json). The REST layer's automatic answer listed the
 * methods of a whole resource class in {@code Allow}, also on paths that do not have them (PATCH on a list
 * that answers PATCH with 404); the contract at /api/v1/openapi.json is where a client learns the methods.
 */
@ApplicationScoped
public class OptionsNotOffered {

    private final ObjectMapper json;

    public OptionsNotOffered(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // after HttpConventions (API-Version, request id) and InvalidRequests, before the REST layer
        router.route().order(Integer.MIN_VALUE + 3).method(HttpMethod.OPTIONS).pathRegex("/api/v1/.*").handler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        if (ctx.request().path().startsWith("/api/v1/openapi")) {
            ctx.next();
            return;
        }
        Problem problem = new Problem(Problem.typeFor("method-not-offered"), "OPTIONS is not offered", 501,
                "The API does not answer OPTIONS; its contract at /api/v1/openapi.json lists every operation.",
                ctx.request().path(), null, null, null);
        try {
            ctx.response().setStatusCode(501).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
