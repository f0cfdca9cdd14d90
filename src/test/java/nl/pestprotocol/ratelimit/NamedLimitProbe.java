package nl.pestprotocol.ratelimit;

import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.ext.web.RoutingContext;

/**
 * An anonymous endpoint with a named limit, as issue 9's {@code POST /reports} will have one. Only
 * in the app of {@link RateLimitTest}'s profile: it is no part of the contract.
 */
@Path("/named-limit-probe")
@IfBuildProperty(name = "pestprotocol.test.named-limit-probe", stringValue = "true")
public class NamedLimitProbe {

    static final NamedLimit PROBE = NamedLimit.of("probe", 1000, Duration.ofMinutes(1));

    @Inject
    RateLimiter limits;

    @POST
    @PermitAll
    public Response send(@Context RoutingContext routing) {
        limits.acquire(PROBE, routing);
        return Response.accepted().build();
    }
}
