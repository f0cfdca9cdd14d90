package nl.pestprotocol.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vertx.core.net.SocketAddress;

/** The RateLimit header items of the IETF draft, and what counts as one client address. */
class RateLimitHeadersTest {

    private static final Quota QUOTA = new Quota("subject", 1200, Duration.ofMinutes(1));

    @Test
    void thePolicyItemNamesQuotaAndWindowInSeconds() {
        assertEquals("\"subject\";q=1200;w=60", QUOTA.policyItem());
        assertEquals("\"reports\";q=30;w=1", new Quota("reports", 30, Duration.ofMillis(400)).policyItem(),
                "a window under a second is announced as one second, never zero");
    }

    @Test
    void theLimitItemRoundsTheSecondsUpSoAClientNeverComesBackTooEarly() {
        Decision allowed = Decision.of(QUOTA, true, 1187, 41_000_000_001L, 0);
        Decision refused = Decision.of(QUOTA, false, 0, 59_500_000_000L, 200_000_000L);

        assertEquals("\"subject\";r=1187;t=42", allowed.limitItem());
        assertEquals(0, allowed.retryAfterSeconds());
        assertEquals("\"subject\";r=0;t=60", refused.limitItem());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void anIpv4ClientIsItsAddressAndAnIpv6ClientItsSlash64() {
        assertEquals("192.0.2.7", RateLimiter.clientKey(SocketAddress.inetSocketAddress(4711, "192.0.2.7")));
        String a = RateLimiter.clientKey(SocketAddress.inetSocketAddress(1, "2001:db8:1:2:aaaa::1"));
        String b = RateLimiter.clientKey(SocketAddress.inetSocketAddress(1, "2001:db8:1:2:ffff:1:2:3"));
        String other = RateLimiter.clientKey(SocketAddress.inetSocketAddress(1, "2001:db8:1:3::1"));
        assertEquals(a, b, "one /64, one client");
        assertEquals("2001:0db8:0001:0002::/64", a);
        assertEquals(false, a.equals(other));
    }

    @Test
    void aNamedLimitHasAPlainNameAndAllowsAtLeastOneRequest() {
        assertThrows(IllegalArgumentException.class, () -> NamedLimit.of("Reports!", 30, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> NamedLimit.of("reports", 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> NamedLimit.of("reports", 30, Duration.ZERO));
    }
}
