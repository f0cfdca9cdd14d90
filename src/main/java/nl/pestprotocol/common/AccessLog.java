package nl.pestprotocol.common;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * One line per request, in category {@code nl.pestprotocol.access}, that names no pupil (spec §10):
 * the path is logged as the matched route's template ({@code /api/v1/students/{externalId}/export}),
 * never the raw path, and never a query string; a request that matched no route is logged as
 * {@code /api/v1/(unmatched)}. Requests refused below the router (invalid HTTP, framing errors,
 * timeouts) get one line too, with the refusal's problem type. Replaces Quarkus' access log, whose
 * patterns can only print the raw path.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "nl.pestprotocol.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String ROUTE = "pestprotocol.route";
    /** Set on a connection whose request was answered below the router, which has logged its own line. */
    static final AttributeKey<Boolean> ANSWERED_BELOW = AttributeKey.valueOf("pestprotocol.answered-below-router");

    private final boolean enabled;

    public AccessLog(@ConfigProperty(name = "pestprotocol.access-log.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    /** Called by {@link HttpConventions} first thing for every request the router sees. */
    void onRequest(RoutingContext ctx) {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        HttpServerRequest request = ctx.request();
        ctx.addEndHandler(done -> {
            Channel channel = HttpFraming.channelOf(request);
            if (channel != null && Boolean.TRUE.equals(channel.attr(ANSWERED_BELOW).get())) {
                return;
            }
            String route = ctx.get(ROUTE);
            String status = ctx.response().ended() ? Integer.toString(ctx.response().getStatusCode()) : "-";
            LOG.infof("%s \"%s %s %s\" %s %d %d ms request-id=%s%s", remote(request), request.method().name(),
                    route != null ? route : unmatched(request.path()), version(request), status, ctx.response().bytesWritten(),
                    (System.nanoTime() - start) / 1_000_000, ctx.get(HttpConventions.REQUEST_ID),
                    ctx.response().ended() ? "" : " closed-before-answer");
        });
    }

    /** The REST layer knows which route matched; the line names its template. */
    @ServerRequestFilter
    public void route(ResourceInfo resource, RoutingContext routing) {
        if (resource != null && resource.getResourceMethod() != null) {
            routing.put(ROUTE, RouteTemplates.of(resource));
        }
    }

    /** The line of a request answered below the router; {@code path} is the raw one and is not logged as such. */
    void refused(String remote, String method, String path, String version, int status, String requestId, String problem) {
        if (enabled) {
            LOG.infof("%s \"%s %s %s\" %d - - request-id=%s refused=%s", remote, method, unmatched(path), version, status,
                    requestId, problem);
        }
    }

    /**
     * A path no route matched is client input that may hold any id: only the API's root is kept. The
     * few fixed routes outside the REST layer (health, metrics, the contract) are logged as they are.
     */
    static String unmatched(String path) {
        if (path == null) {
            return "-";
        }
        if (FIXED.contains(path)) {
            return path;
        }
        return path.startsWith(SecurityHeaders.API_PREFIX + "/") || path.equals(SecurityHeaders.API_PREFIX)
                ? SecurityHeaders.API_PREFIX + "/(unmatched)"
                : "/(unmatched)";
    }

    private static final java.util.Set<String> FIXED = java.util.Set.of("/", "/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/api/v1/openapi", "/api/v1/openapi.json", "/api/v1/openapi.yaml");

    private static String version(HttpServerRequest request) {
        return request.version() == null ? "-" : request.version().alpnName().toUpperCase(Locale.ROOT);
    }

    private static String remote(HttpServerRequest request) {
        return request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
    }
}
