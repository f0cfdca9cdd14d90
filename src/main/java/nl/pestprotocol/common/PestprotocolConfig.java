package nl.pestprotocol.common;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

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

    Http http();

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
}
