package nl.pestprotocol.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Checks on instants that clients report (when something was communicated, notified, recorded). */
public final class Instants {

    private Instants() {
    }

    public static Instant notInFuture(String name, Instant at, Instant now) {
        if (at.isAfter(now)) {
            throw ApiException.invalidParam(name, "must not be in the future");
        }
        return stored(at);
    }

    /**
     * PostgreSQL keeps microseconds: an instant a client sends is stored, and so answered, at that
     * precision, so the answer to a write equals every later read.
     */
    public static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
