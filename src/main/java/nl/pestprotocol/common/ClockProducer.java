package nl.pestprotocol.common;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** One clock for the whole service, so rules about "today" can be tested. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        // PostgreSQL keeps microseconds; ticking at that precision makes what we answer equal what we stored.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
