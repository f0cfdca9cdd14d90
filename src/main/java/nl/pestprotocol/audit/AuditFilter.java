package nl.pestprotocol.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.HttpConventions;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.common.RouteTemplates;

/**
 * Names the audited action after the operation (method and route template, never the ids of the
 * raw path), notes which pupil the operation is about, and stores the request's reads before the
 * response is sent. If they cannot be stored, the data is not sent.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    @Inject
    AuditTrail trail;

    @ServerRequestFilter
    public void begin(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        String requestId = routing.get(HttpConventions.REQUEST_ID);
        trail.begin(request.getMethod() + " " + RouteTemplates.of(resource), requestId == null ? "none" : requestId,
                RouteTemplates.pupil(resource, request.getUriInfo()).orElse(null));
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
