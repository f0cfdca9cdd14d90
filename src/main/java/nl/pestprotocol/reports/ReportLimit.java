package nl.pestprotocol.reports;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.ratelimit.NamedLimit;
import nl.pestprotocol.ratelimit.RateLimiter;

/**
 * The strict limit on reports per client (spec §13): 30 a minute from one address, whether they come
 * through {@code POST /api/v1/reports} or the public form. Both count against the one bucket, since it
 * is the same person. Operators change the numbers with {@code pestprotocol.rate-limit.named.reports.*}.
 */
@ApplicationScoped
public class ReportLimit {

    public static final NamedLimit REPORTS = NamedLimit.of("reports", 30, Duration.ofMinutes(1));

    private final RateLimiter limits;

    public ReportLimit(RateLimiter limits) {
        this.limits = limits;
    }

    /**
     * Counts one report of the client about to be stored; adds the RateLimit headers to the answer.
     * Over the limit: throws the 429 ApiException (Retry-After already on the answer) and nothing is stored.
     */
    public void count(RoutingContext routing) {
        limits.acquire(REPORTS, routing);
    }
}
