package nl.pestprotocol.audit;

import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.HttpConventions;
import nl.pestprotocol.common.Problem;

/**
 * Names the audited action after the operation (method and path, ids as placeholders) and stores
 * the request's reads before the response is sent. If they cannot be stored, the data is not sent.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

    private static final int MAX_ACTION = 300;

    @Inject
    AuditTrail trail;

    @ServerRequestFilter
    public void begin(ContainerRequestContext request, RoutingContext routing) {
        String path = UUID_SEGMENT.matcher(request.getUriInfo().getRequestUri().getRawPath()).replaceAll("/{id}");
        String requestId = routing.get(HttpConventions.REQUEST_ID);
        String action = request.getMethod() + " " + path;
        trail.begin(action.length() > MAX_ACTION ? action.substring(0, MAX_ACTION - 1) + "…" : action,
                requestId == null ? "none" : requestId);
    }

    @ServerResponseFilter
    public void flush(ContainerResponseContext response) {
        if (!trail.hasPendingReads() || response.getStatus() >= 400) {
            return;
        }
        try {
            trail.flushReads();
        } catch (RuntimeException e) {
            LOG.error("Could not store the audit of a read; the response is withheld", e);
            response.setStatus(503);
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            response.getHeaders().putSingle("Retry-After", nl.pestprotocol.common.ProblemMappers.RETRY_AFTER_SECONDS);
            response.setEntity(new Problem(Problem.typeFor("unavailable"), "Service unavailable", 503,
                    "The service cannot record this access right now; try again shortly.", null, null, null, null));
        }
    }
}
