package nl.pestprotocol.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.RealmTestKey;
import nl.pestprotocol.support.Tokens;

/**
 * Only access tokens of our realm, for our API, still valid and untouched, open it. Tokens are
 * taken from the real Keycloak or minted here, with the realm's test key (so exactly one thing is
 * wrong) or with a key the realm does not know.
 */
@QuarkusTest
class TokenValidationTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatableResponse call(String token) {
        return given().auth().oauth2(token).accept("application/json").get("/api/v1/cases").then();
    }

    private static JwtClaimsBuilder claims(List<String> roles) {
        long now = Instant.now().getEpochSecond();
        return Jwt.claims().issuer(Tokens.realmUrl()).audience("pestprotocol-api").subject(UUID.randomUUID().toString())
                .claim("typ", "Bearer").claim("preferred_username", "oc1").claim("realm_access", Map.of("roles", roles))
                .issuedAt(now - 10).expiresAt(now + 300);
    }

    private static String realmSigned(JwtClaimsBuilder claims) {
        RealmTestKey key = RealmTestKey.get();
        return claims.jws().keyId(key.kid).sign(key.privateKey);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void unauthenticated(String token) {
        call(token).statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aTokenMintedWithTheRealmKeyAndRightClaimsIsAccepted() {
        // the control: without it, the refusals below could pass for the wrong reason
        call(realmSigned(claims(List.of(Roles.OC)))).statusCode(200);
        call(Tokens.of("oc1")).statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        unauthenticated(realmSigned(claims(List.of(Roles.OC)).issuedAt(now - 3600).expiresAt(now - 600)));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        unauthenticated(realmSigned(claims(List.of(Roles.OC)).issuer("http://localhost:1/realms/another-school")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        unauthenticated(realmSigned(claims(List.of(Roles.OC)).audience("account")));
    }

    @Test
    void aTamperedPayloadWithTheOriginalSignatureIsRefused() throws Exception {
        String[] parts = Tokens.of("mentor2").split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("preferred_username", "oc1");
        payload.putObject("realm_access").putArray("roles").add(Roles.OC);
        unauthenticated(parts[0] + "." + base64(JSON.writeValueAsString(payload)) + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() throws Exception {
        String[] parts = realmSigned(claims(List.of(Roles.OC))).split("\\.");
        unauthenticated(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    }

    @Test
    void aTokenSignedWithAKeyTheRealmDoesNotKnowIsRefused() {
        var stranger = RealmTestKey.rsa().getPrivate();
        unauthenticated(claims(List.of(Roles.OC)).jws().keyId(RealmTestKey.get().kid).sign(stranger));
        unauthenticated(claims(List.of(Roles.OC)).jws().keyId("unknown-key").sign(stranger));
    }

    @Test
    void anIdTokenUsedAsAnAccessTokenIsRefused() {
        String idToken = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "pestprotocol-cli").formParam("username", "oc1").formParam("password", "oc1")
                .formParam("scope", "openid").post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("id_token");
        unauthenticated(idToken);
    }

    @Test
    void aValidTokenWithoutARoleGets403() {
        call(realmSigned(claims(List.of()))).statusCode(403).contentType("application/problem+json");
    }
}
