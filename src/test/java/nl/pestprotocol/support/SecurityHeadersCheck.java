package nl.pestprotocol.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.restassured.filter.Filter;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;

/**
 * Every answer of {@code /api/v1} in the whole suite carries the security headers of spec §12
 * "Hardening": {@link #FILTER} is installed for every REST test by {@link ApiTest}; raw-socket tests
 * call {@link #assertStrict}. Paths that serve pages a browser renders (Swagger UI, web pages) have a
 * CSP of their own: list their prefix in {@link #OWN_CSP}; the other three headers stay.
 */
public final class SecurityHeadersCheck {

    public static final Map<String, String> STRICT = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    /** Prefixes under /api/v1 whose pages bring their own CSP (none yet). */
    static final java.util.List<String> OWN_CSP = java.util.List.of();

    public static final Filter FILTER = new OrderedFilter() {
        @Override
        public Response filter(io.restassured.specification.FilterableRequestSpecification request,
                io.restassured.specification.FilterableResponseSpecification responseSpec, io.restassured.filter.FilterContext ctx) {
            Response response = ctx.next(request, responseSpec);
            String path = java.net.URI.create(request.getURI()).getPath();
            if (path.equals("/api/v1") || path.startsWith("/api/v1/")) {
                check(path, response.statusCode(), response::header);
            }
            return response;
        }

        @Override
        public int getOrder() {
            return OrderedFilter.LOWEST_PRECEDENCE;
        }
    };

    private SecurityHeadersCheck() {
    }

    /** The headers of one answer of {@code path}, read by {@code header} (any case of the name). */
    public static void check(String path, int status, Function<String, String> header) {
        boolean ownCsp = OWN_CSP.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        for (Map.Entry<String, String> expected : STRICT.entrySet()) {
            if (ownCsp && expected.getKey().equals("Content-Security-Policy")) {
                String csp = header.apply(expected.getKey());
                org.junit.jupiter.api.Assertions.assertTrue(csp != null && csp.contains("frame-ancestors 'none'"),
                        () -> path + " -> " + status + ": its own CSP still forbids framing: " + csp);
                continue;
            }
            assertEquals(expected.getValue(), header.apply(expected.getKey()),
                    () -> path + " -> " + status + ": header " + expected.getKey());
        }
        checked().incrementAndGet();
    }

    /** For answers read from a raw socket (header names in lower case). */
    public static void assertStrict(String path, RawHttp.Response response) {
        check(path, response.status(), response::header);
    }

    /** How many answers were checked in this run (in the system properties: Quarkus' class loaders differ). */
    public static AtomicLong checked() {
        return (AtomicLong) System.getProperties().computeIfAbsent("pestprotocol.security-headers.checked", k -> new AtomicLong());
    }
}
