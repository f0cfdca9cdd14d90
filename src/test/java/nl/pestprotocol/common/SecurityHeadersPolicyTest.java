package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Which headers a path gets: the policy of the longest prefix that covers it; HSTS only over TLS. */
class SecurityHeadersPolicyTest {

    private static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
    private final SecurityHeaders headers = new SecurityHeaders(
            List.of(SecurityHeaders.policy("/api/v1/docs", Map.of("Content-Security-Policy", SWAGGER_CSP, "Cache-Control", "no-store"))),
            Optional.of("max-age=31536000"));

    @Test
    void everyPathOfTheApiGetsTheStrictHeaders() {
        for (String path : List.of("/api/v1", "/api/v1/cases", "/api/v1/students/x/export", "/api/v1/openapi.json")) {
            assertEquals(SecurityHeaders.STRICT, headersOf(path, false), path);
        }
    }

    @Test
    void aLongerPrefixReplacesTheApisHeadersForItsPathsOnly() {
        assertEquals(SWAGGER_CSP, headersOf("/api/v1/docs", false).get("Content-Security-Policy"));
        assertEquals(SWAGGER_CSP, headersOf("/api/v1/docs/index.html", false).get("Content-Security-Policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", headersOf("/api/v1/docsx", false).get("Content-Security-Policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", headersOf("/api/v1/cases", false).get("Content-Security-Policy"));
    }

    @Test
    void aPrefixCoversWholeSegmentsOnly() {
        assertFalse(SecurityHeaders.covers("/api/v1", "/api/v10/cases"));
        assertFalse(SecurityHeaders.covers("/api/v1", "/api/v1x"));
        assertEquals(Map.of(), headersOf("/api/v10/cases", false));
        assertEquals(Map.of(), headersOf("/q/health", false));
    }

    @Test
    void strictTransportSecurityOnlyOnAnswersOverTls() {
        assertNull(headersOf("/api/v1/cases", false).get("Strict-Transport-Security"));
        assertEquals("max-age=31536000", headersOf("/api/v1/cases", true).get("Strict-Transport-Security"));
        Map<String, String> strict = new TreeMap<>();
        headers.applyStrict(true, strict::put);
        assertEquals("max-age=31536000", strict.get("Strict-Transport-Security"));
        assertEquals("no-store", strict.get("Cache-Control"));
    }

    @Test
    void withoutConfigurationNoStrictTransportSecurity() {
        SecurityHeaders plain = new SecurityHeaders(List.of(), Optional.empty());
        Map<String, String> set = new TreeMap<>();
        plain.apply("/api/v1/cases", true, set::put);
        assertNull(set.get("Strict-Transport-Security"));
        assertEquals(SecurityHeaders.STRICT, set);
    }

    private Map<String, String> headersOf(String path, boolean tls) {
        Map<String, String> set = new TreeMap<>();
        headers.apply(path, tls, set::put);
        set.remove("Strict-Transport-Security");
        if (tls) {
            Map<String, String> withHsts = new TreeMap<>();
            headers.apply(path, tls, withHsts::put);
            return withHsts;
        }
        return set;
    }
}
