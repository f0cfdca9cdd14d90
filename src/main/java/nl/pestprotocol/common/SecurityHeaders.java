package nl.pestprotocol.common;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The security headers of every answer, chosen per path prefix (the longest prefix that matches wins).
 * The API ({@code /api/v1}) answers only JSON that no browser should render, frame, cache or refer
 * from, so its policy is the strictest; pages that a browser does render (Swagger UI, the web pages)
 * add a {@link Policy} bean for their own prefix with a CSP that lets them work. The headers are set
 * just before the response head is written, so neither a resource nor a filter can weaken them, and
 * answers made below the router (invalid HTTP, framing errors, timeouts) use {@link #apply} too.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String API_PREFIX = "/api/v1";

    /** The headers for {@code /api/v1} (spec §12 "Hardening"). */
    public static final Map<String, String> STRICT = strict();

    /** The headers of the answers under {@link #pathPrefix()}; register one as a CDI bean. */
    public interface Policy {

        /** A path prefix; {@code /api/v1/docs} covers {@code /api/v1/docs} and everything below it. */
        String pathPrefix();

        /** Header name to value, sent on every answer under the prefix. */
        Map<String, String> headers();
    }

    private final List<Policy> policies;
    private final Optional<String> hsts;

    @jakarta.inject.Inject
    public SecurityHeaders(Instance<Policy> extra, PestprotocolConfig config) {
        this(extra.stream().toList(), hstsOf(config.http().hsts()));
    }

    SecurityHeaders(List<Policy> extra, Optional<String> hsts) {
        List<Policy> all = new java.util.ArrayList<>();
        all.add(policy(API_PREFIX, STRICT));
        all.addAll(extra);
        // the longest prefix first, so the most specific policy wins
        all.sort(Comparator.comparingInt((Policy p) -> p.pathPrefix().length()).reversed());
        this.policies = List.copyOf(all);
        this.hsts = hsts;
    }

    static Optional<String> hstsOf(PestprotocolConfig.Http.Hsts config) {
        return config.enabled()
                ? Optional.of("max-age=" + config.maxAge().toSeconds() + (config.includeSubdomains() ? "; includeSubDomains" : ""))
                : Optional.empty();
    }

    /** Called by {@link HttpConventions} first thing for every request the router sees. */
    void onRequest(RoutingContext ctx) {
        String path = ctx.request().path();
        boolean tls = ctx.request().isSSL();
        // the routing context owns the response's one headersEndHandler; it runs those added here
        ctx.addHeadersEndHandler(v -> apply(path, tls, ctx.response().headers()));
    }

    /** Sets the headers of {@code path}'s policy on {@code headers}, replacing any value already there. */
    public void apply(String path, boolean tls, MultiMap headers) {
        apply(path, tls, headers::set);
    }

    /** As {@link #apply(String, boolean, MultiMap)} for any kind of header holder. */
    public void apply(String path, boolean tls, BiConsumer<String, String> set) {
        policyFor(path).ifPresent(p -> p.headers().forEach(set));
        if (tls) {
            hsts.ifPresent(value -> set.accept("Strict-Transport-Security", value));
        }
    }

    /**
     * The strict headers, for problem+json answered below the router (invalid HTTP, framing errors,
     * timeouts), whose path may be unknown and which no browser should render whatever the path.
     */
    public void applyStrict(boolean tls, BiConsumer<String, String> set) {
        STRICT.forEach(set);
        if (tls) {
            hsts.ifPresent(value -> set.accept("Strict-Transport-Security", value));
        }
    }

    Optional<Policy> policyFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return policies.stream().filter(p -> covers(p.pathPrefix(), path)).findFirst();
    }

    /** {@code /api/v1} covers {@code /api/v1} and {@code /api/v1/...}, never {@code /api/v10}. */
    static boolean covers(String prefix, String path) {
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return p.isEmpty() || path.equals(p) || path.startsWith(p + "/");
    }

    public static Policy policy(String pathPrefix, Map<String, String> headers) {
        return new Policy() {
            @Override
            public String pathPrefix() {
                return pathPrefix;
            }

            @Override
            public Map<String, String> headers() {
                return headers;
            }
        };
    }

    private static Map<String, String> strict() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        h.put("Referrer-Policy", "no-referrer");
        return java.util.Collections.unmodifiableMap(h);
    }
}
