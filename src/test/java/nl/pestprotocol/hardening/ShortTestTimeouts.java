package nl.pestprotocol.hardening;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import nl.pestprotocol.common.ConnectionTimeouts;
import nl.pestprotocol.common.PestprotocolConfig;

/**
 * The connection time limits in the tests: as configured, except while a test has set short ones
 * (until {@link #clear()}). A test profile would do the same, but starting the service a second time
 * in one JVM fails (Narayana), so the suite keeps one service.
 */
@Alternative
@Priority(1)
@Singleton
public class ShortTestTimeouts extends ConnectionTimeouts {

    private static final AtomicReference<Limits> SHORT = new AtomicReference<>();

    public ShortTestTimeouts(PestprotocolConfig config) {
        super(config);
    }

    public static void set(long headerMillis, long bodyMillis, long idleMillis) {
        SHORT.set(new Limits(headerMillis, bodyMillis, idleMillis));
    }

    public static void clear() {
        SHORT.set(null);
    }

    @Override
    public Limits forNewConnection() {
        Limits limits = SHORT.get();
        return limits != null ? limits : super.forNewConnection();
    }
}
