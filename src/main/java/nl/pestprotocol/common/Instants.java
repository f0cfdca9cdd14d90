package nl.pestprotocol.common;

import java.time.Instant;

/** Checks on instants that clients report (when something was communicated, notified, recorded). */
public final class Instants {

    private Instants() {
    }

    public static Instant notInFuture(String name, Instant at, Instant now) {
        if (at.isAfter(now)) {
            throw ApiException.invalidParam(name, "must not be in the future");
        }
        return at;
    }
}
