package nl.pestprotocol.ratelimit;

import java.time.Duration;

/**
 * A limit a feature declares for one of its anonymous endpoints, keyed by client address (see
 * {@link RateLimiter#acquire(NamedLimit, io.vertx.ext.web.RoutingContext)}). The numbers here are the
 * defaults; {@code pestprotocol.rate-limit.named.<name>.requests} and {@code .window} change them.
 *
 * @param name a short lower-case name: the policy name in the RateLimit headers and the metrics
 */
public record NamedLimit(String name, int requests, Duration window) {

    public NamedLimit {
        if (!name.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("a limit name is short, lower-case and plain: " + name);
        }
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one request in a positive window");
        }
    }

    public static NamedLimit of(String name, int requests, Duration window) {
        return new NamedLimit(name, requests, window);
    }
}
