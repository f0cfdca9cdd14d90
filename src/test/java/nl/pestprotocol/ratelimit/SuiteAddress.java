package nl.pestprotocol.ratelimit;

import java.time.Duration;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * The named limits in the tests: as the service has them (30 reports a minute per address), except
 * for the loopback address REST Assured and the browser send from. The whole suite runs in one JVM
 * from that address, so dozens of report tests within one minute would otherwise refuse each other.
 * A test of a named limit sends from an address of its own ({@code RawHttp.sendFrom("127.0.0.N", ...)}),
 * where the real limit applies; as with {@link LowTestLimits}, the suite's own traffic is kept out of
 * the way and never the limit itself lowered or raised.
 */
@Alternative
@Priority(1)
@Singleton
public class SuiteAddress extends AddressQuotas {

    /** 127.0.0.1, and ::1 as {@link RateLimiter#clientKey} names it (IPv6 is counted per /64). */
    static final Set<String> SUITE = Set.of("127.0.0.1", "0000:0000:0000:0000::/64");

    public SuiteAddress(PestprotocolConfig config) {
        super(config);
    }

    @Override
    Quota of(NamedLimit limit, String clientKey) {
        return SUITE.contains(clientKey) ? new Quota(limit.name(), 1_000_000, Duration.ofMinutes(1)) : super.of(limit, clientKey);
    }
}
