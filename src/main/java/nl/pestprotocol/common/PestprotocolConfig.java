package nl.pestprotocol.common;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of the service's own, {@code pestprotocol.*} in application.properties or PESTPROTOCOL_* in the environment. */
@ConfigMapping(prefix = "pestprotocol")
public interface PestprotocolConfig {

    /** The school's time zone: "today", school days and dates given without a time are read in it. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** Full semantic version of the API, sent as the API-Version header. */
    String apiVersion();

    DemoData demoData();

    Retention retention();

    RateLimit rateLimit();

    interface DemoData {
        /** Seeds the demo roster matching the demo realm (run command and tests only). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Retention {
        /** How long after every pupil left a closed case keeps its personal content. */
        @WithDefault("P2Y")
        Period afterLeaving();

        /** When the retention job runs (read by the scheduler as {@code {pestprotocol.retention.cron}}). */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /** How long audit entries are kept before the retention job deletes them (NEN 7513 practice). */
        @WithDefault("P5Y")
        Period audit();
    }

    /** Requests per token subject, and the named limits by client address (see ratelimit/RateLimiter). */
    interface RateLimit {
        /** Off only where something in front limits instead, or for a benchmark of the service alone. */
        @WithDefault("true")
        boolean enabled();

        /** What each signed-in user or integrator client may send per {@link #window()}. */
        @WithDefault("1200")
        int requests();

        @WithDefault("PT1M")
        Duration window();

        /** Own limits by username (staff) or client id (integrator clients), e.g. a client that syncs the roster. */
        Map<String, Limit> subjects();

        /** Changes to the named limits that features declare in code (e.g. {@code reports}), by name. */
        Map<String, Limit> named();
    }

    /** Either part may be left out; the other keeps its default. */
    interface Limit {
        Optional<Integer> requests();

        Optional<Duration> window();
    }
}
