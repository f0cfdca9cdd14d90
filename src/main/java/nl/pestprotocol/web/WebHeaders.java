package nl.pestprotocol.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The pages' own security headers and form bodies. Pages are rendered by browsers, so their policy
 * lets a page load its own scripts, styles and images and nothing else: no inline script, no
 * framing, no other origin, no caching (a shared school computer must not show a pupil's report
 * from the browser cache). Set when the response head is written, so a page cannot weaken them.
 */
@ApplicationScoped
public class WebHeaders {

    /** The path prefixes of the web pages and their static files (outside the REST root /api/v1). */
    public static final List<String> PREFIXES = List.of(WebPaths.DESK, WebPaths.REPORT, WebPaths.ASSETS, "/webjars");

    public static final Map<String, String> HEADERS = headers();

    /** Form posts are small: a report's text is at most 10,000 characters. */
    static final long MAX_FORM_BYTES = 64 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::onRequest);
        for (String prefix : List.of(WebPaths.DESK, WebPaths.REPORT)) {
            router.post(prefix + "*").order(Integer.MIN_VALUE + 11)
                    .handler(BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES).setMergeFormAttributes(false));
        }
    }

    private void onRequest(RoutingContext ctx) {
        if (covered(ctx.request().path())) {
            ctx.addHeadersEndHandler(v -> HEADERS.forEach(ctx.response().headers()::set));
        }
        ctx.next();
    }

    static boolean covered(String path) {
        return path != null && PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
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
