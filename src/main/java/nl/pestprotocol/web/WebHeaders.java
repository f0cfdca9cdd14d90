package nl.pestprotocol.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import nl.pestprotocol.common.SecurityHeaders;

/**
 * The pages' security headers, as policies of {@link SecurityHeaders} (the one mechanism that sets
 * every answer's headers, per path prefix), and their form bodies. Pages are rendered by browsers, so
 * their policy lets a page load its own scripts, styles and images and nothing else: no inline script,
 * no framing, no other origin, no caching (a shared school computer must not show a pupil's report
 * from the browser cache).
 */
@ApplicationScoped
public class WebHeaders {

    /** The same for every page and static file of the pages: under /desk, /melden, /web and /webjars. */
    static final Map<String, String> HEADERS = headers();

    /** Form posts are small: a report's text is at most 10,000 characters. */
    static final long MAX_FORM_BYTES = 64 * 1024;

    void install(@Observes Router router) {
        for (String prefix : List.of(WebPaths.DESK, WebPaths.REPORT)) {
            router.post(prefix + "*").order(Integer.MIN_VALUE + 11)
                    .handler(BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES).setMergeFormAttributes(false));
        }
    }

    @Produces
    @Singleton
    SecurityHeaders.Policy desk() {
        return SecurityHeaders.policy(WebPaths.DESK, HEADERS);
    }

    @Produces
    @Singleton
    SecurityHeaders.Policy reportForm() {
        return SecurityHeaders.policy(WebPaths.REPORT, HEADERS);
    }

    @Produces
    @Singleton
    SecurityHeaders.Policy assets() {
        return SecurityHeaders.policy(WebPaths.ASSETS, HEADERS);
    }

    @Produces
    @Singleton
    SecurityHeaders.Policy webjars() {
        return SecurityHeaders.policy(WebPaths.WEBJARS, HEADERS);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        return java.util.Collections.unmodifiableMap(h);
    }
}
