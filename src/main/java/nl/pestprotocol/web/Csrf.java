package nl.pestprotocol.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection of the forms: a random token in a SameSite=Strict, HttpOnly cookie that every
 * form repeats in a hidden field (double submit). Another site can make a browser post a form,
 * but can neither read the token nor send the Strict cookie along with a cross-site post.
 */
final class Csrf {

    static final String COOKIE = "pp_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The token for the forms of this page; issued with the page when the browser has none yet. */
    static String token(RoutingContext ctx) {
        Cookie existing = ctx.request().getCookie(COOKIE);
        if (existing != null && existing.getValue().length() == 43) {
            return existing.getValue();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure(ctx)));
        return token;
    }

    /** Whether the posted form carries the token of the browser's cookie. */
    static boolean valid(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        String field = ctx.request().getFormAttribute(FIELD);
        return cookie != null && field != null && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean secure(RoutingContext ctx) {
        return ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
    }
}
