package nl.pestprotocol.ratelimit;

import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.vertx.ext.web.RoutingContext;

/**
 * An anonymous endpoint with a named limit, as issue 9's {@code POST /reports} will have one. A test
 * class, so only in the service under test, and hidden from the contract.
 */
@Path("/named-limit-probe")
public class NamedLimitProbe {

    static final NamedLimit PROBE = NamedLimit.of("probe", 3, Duration.ofMinutes(1));

    @Inject
    RateLimiter limits;

    @POST
    @PermitAll
    @Operation(hidden = true)
    public Response send(@Context RoutingContext routing) {
        limits.acquire(PROBE, routing);
        return Response.accepted().build();
    }
}
