package nl.pestprotocol.common;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
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

    Webhooks webhooks();

    Http http();

    Idempotency idempotency();

    CaseList caseList();

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

    /** Outgoing webhooks (spec §11). */
    interface Webhooks {
        /** Delays after the 1st, 2nd, … failed attempt; after the last one the delivery is given up. */
        @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
        List<Duration> retryDelays();

        /** A subscription whose deliveries keep failing this long (no success in between) is disabled. */
        @WithDefault("P5D")
        Duration disableAfterFailing();

        /** During this time after a rotation the previous secret signs beside the new one. */
        @WithDefault("PT24H")
        Duration rotationOverlap();

        /** How often each replica looks for due deliveries (new events are also sent right after their commit). */
        @WithDefault("2s")
        String pollInterval();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The whole request, up to the response status and headers. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /**
         * Host names or IP addresses that may be webhook receivers although they resolve to loopback, private or
         * link-local addresses (on-premise receivers, tests); these may also use http. Matched against the URL's host.
         */
        Optional<List<String>> allowedHosts();

        /** The CloudEvents {@code source} of every event. */
        @WithDefault("/api/v1/cases")
        String source();

        /** When the outbox cleanup runs (scheduler expression {@code {pestprotocol.webhooks.cleanup-cron}}). */
        @WithDefault("0 15 3 * * ?")
        String cleanupCron();

        /** Delivered and given-up deliveries are kept this long in the delivery log. */
        @WithDefault("P30D")
        Duration logRetention();
    }

    /** The HTTP server's own limits (spec §12 "Hardening"): it closes slow and idle connections after seconds. */
    interface Http {
        /**
         * How long a client may take to send a request line and headers, counted from the connection's
         * start or the first byte of the request: a slower client gets 408 and the connection closes.
         */
        @WithDefault("10S")
        Duration headerTimeout();

        /** How long a client may take to send a request's body once its headers are in (408 and closed after). */
        @WithDefault("30S")
        Duration bodyTimeout();

        /**
         * How long a kept-alive connection may wait for its next request without a byte. Longer than an
         * ingress' idle upstream connections are kept (nginx: 60 s), so the proxy never reuses one we closed.
         */
        @WithDefault("65S")
        Duration idleTimeout();

        Hsts hsts();

        /** Strict-Transport-Security, for a service that terminates TLS itself (behind an ingress, the ingress sends it). */
        interface Hsts {
            @WithDefault("false")
            boolean enabled();

            @WithDefault("365D")
            Duration maxAge();

            @WithDefault("false")
            boolean includeSubdomains();
        }
    }

    interface Idempotency {
        /** How long an Idempotency-Key and its first answer are kept; spec §9 asks at least 24 h (less is raised to it). */
        @WithDefault("PT24H")
        java.time.Duration keep();

        /** How often expired keys are deleted (read by the scheduler as {@code {pestprotocol.idempotency.cleanup-every}}). */
        @WithDefault("1h")
        String cleanupEvery();
    }

    interface CaseList {
        /**
         * How many candidate entries (cases a viewer opened, owns or coordinates, involvements of their
         * groups' pupils) the list collects before it walks the cases newest first instead.
         */
        @WithDefault("2000")
        int candidateCap();
    }
}
