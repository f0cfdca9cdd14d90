package nl.pestprotocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReceiverGuardTest {

    private final ReceiverGuard guard = new ReceiverGuard(List.of());

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "224.0.0.1", "::" })
    void loopbackPrivateLinkLocalAndSimilarAddressesAreNotPublic(String address) throws Exception {
        assertFalse(ReceiverGuard.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "145.97.0.1", "8.8.8.8", "2001:4860:4860::8888", "172.32.0.1", "100.128.0.1" })
    void publicAddressesArePublic(String address) throws Exception {
        assertTrue(ReceiverGuard.isPublic(InetAddress.getByName(address)), address);
    }

    @Test
    void ipLiteralsAreCheckedWithoutTheAllowListAndHttpIsOnlyForAllowListedHosts() {
        assertEquals("webhook-url-not-public", guard.check("https://[::1]/x").orElseThrow().code());
        assertEquals("webhook-url-not-public", guard.check("https://10.9.8.7:8443/x").orElseThrow().code());
        assertEquals("webhook-url-not-https", guard.check("http://93.184.216.34/x").orElseThrow().code());
        assertEquals("webhook-url-invalid", guard.check("https://user:pw@93.184.216.34/x").orElseThrow().code());
        assertEquals("webhook-url-invalid", guard.check("not a url").orElseThrow().code());
        assertEquals(Optional.empty(), guard.check("https://93.184.216.34/hooks"));

        ReceiverGuard onPremise = new ReceiverGuard(List.of("receiver.school.local", "10.1.1.1", "[::1]"));
        assertEquals(Optional.empty(), onPremise.check("http://receiver.school.local:8080/x"), "named hosts need not resolve publicly");
        assertEquals(Optional.empty(), onPremise.check("https://10.1.1.1/x"));
        assertEquals(Optional.empty(), onPremise.check("https://[::1]/x"));
        assertEquals("webhook-url-not-public", onPremise.check("https://10.1.1.2/x").orElseThrow().code());
    }
}
