package nl.pestprotocol.common;

import jakarta.inject.Singleton;

/**
 * The time limits a new connection gets (spec §12 "Hardening"), read when it opens: from
 * {@code pestprotocol.http.*}. A bean of its own so the tests can shorten them for one test class
 * without starting the service again.
 */
@Singleton
public class ConnectionTimeouts {

    /** Milliseconds for a request's line and headers, for its body, and idle between requests. */
    public record Limits(long headerMillis, long bodyMillis, long idleMillis) {
    }

    private final Limits configured;

    public ConnectionTimeouts(PestprotocolConfig config) {
        PestprotocolConfig.Http http = config.http();
        this.configured = new Limits(http.headerTimeout().toMillis(), http.bodyTimeout().toMillis(), http.idleTimeout().toMillis());
    }

    public Limits forNewConnection() {
        return configured;
    }
}
