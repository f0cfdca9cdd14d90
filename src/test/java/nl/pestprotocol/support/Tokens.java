package nl.pestprotocol.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak (password grant of the demo users; client credentials of the integrator). */
public final class Tokens {

    static volatile String realmUrl;
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {
    }

    private Tokens() {
    }

    public static String realmUrl() {
        if (realmUrl == null) {
            realmUrl = LocalStack.shared().realmUrl();
        }
        return realmUrl;
    }

    public static String of(String username) {
        return cached(username, () -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "pestprotocol-cli")
                .formParam("username", username).formParam("password", username)
                .post(realmUrl() + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    public static String integrator() {
        return cached("sis-integrator", () -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "sis-integrator")
                .formParam("client_secret", "sis-integrator-secret")
                .post(realmUrl() + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        Cached c = CACHE.get(key);
        // tokens live 15 minutes in the realm; refresh well before that
        if (c == null || c.fetched().isBefore(Instant.now().minusSeconds(300))) {
            c = new Cached(fetch.get(), Instant.now());
            CACHE.put(key, c);
        }
        return c.token();
    }
}
