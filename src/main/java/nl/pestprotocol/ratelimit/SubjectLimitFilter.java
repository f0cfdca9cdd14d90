package nl.pestprotocol.ratelimit;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts every request of a signed-in user or integrator client against its own limit, once the
 * token is verified (an unverified token would let a client pick any subject it likes). Anonymous
 * requests are not counted here: an anonymous endpoint asks for a named limit itself.
 */
public class SubjectLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Uni<Void> limit(RoutingContext routing) {
        if (!limiter.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (!identity.isAnonymous()) {
                limiter.acquire(Subject.of(identity), routing);
            }
        }).replaceWithVoid();
    }
}
