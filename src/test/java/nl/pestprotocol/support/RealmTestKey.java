package nl.pestprotocol.support;

import static io.restassured.RestAssured.given;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * A signing key the test Keycloak publishes in its JWKS but never uses itself, so tests can mint
 * tokens the realm vouches for and vary one claim at a time (expired, other issuer, other audience).
 */
public final class RealmTestKey {

    private static volatile RealmTestKey installed;

    public final PrivateKey privateKey;
    public final String kid;

    private RealmTestKey(PrivateKey privateKey, String kid) {
        this.privateKey = privateKey;
        this.kid = kid;
    }

    public static RealmTestKey get() {
        if (installed == null) {
            throw new IllegalStateException("The test stack has not installed the realm test key");
        }
        return installed;
    }

    static synchronized void install(String realmUrl) {
        if (installed != null) {
            return;
        }
        String base = realmUrl.replace("/realms/pestprotocol", "");
        String admin = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "admin").formParam("password", "admin")
                .post(base + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        String realmId = given().auth().oauth2(admin).get(base + "/admin/realms/pestprotocol").then().statusCode(200)
                .extract().path("id");
        KeyPair pair = rsa();
        String pem = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "test-signing-key",
                "providerId", "rsa", "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId, "config",
                Map.of("priority", List.of("1"), "enabled", List.of("true"), "active", List.of("true"), "privateKey",
                        List.of(pem), "algorithm", List.of("RS256"))))
                .post(base + "/admin/realms/pestprotocol/components").then().statusCode(201).extract().header("Location");
        String componentId = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> keys = given().auth().oauth2(admin).get(base + "/admin/realms/pestprotocol/keys").then()
                .statusCode(200).extract().path("keys");
        String kid = keys.stream().filter(k -> componentId.equals(k.get("providerId"))).map(k -> (String) k.get("kid"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Keycloak did not publish the test key"));
        installed = new RealmTestKey(pair.getPrivate(), kid);
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
