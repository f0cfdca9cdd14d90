package nl.pestprotocol.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Staff members made for one test: put on the roster by the beheerder, and signed in with a token
 * minted with the realm's test key (the demo realm has only five users, and a test must not change
 * theirs). Every name is fresh, so tests never meet each other's staff.
 */
public final class RosterStaff {

    public final String externalId;
    public final String username;

    private RosterStaff(String externalId, String username) {
        this.externalId = externalId;
        this.username = username;
    }

    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new staff member; {@code extra} adds e.g. departments, supportDepartments, active, leftOn. */
    public static RosterStaff put(String familyName, Map<String, Object> extra) {
        String username = fresh("u");
        RosterStaff s = new RosterStaff("mw-" + username, username);
        s.update(familyName, extra).then().statusCode(201);
        return s;
    }

    /** Replaces this staff member's roster record (PUT), e.g. to record that they left. */
    public io.restassured.response.Response update(String familyName, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "givenName", "Test", "familyName", familyName));
        body.putAll(extra);
        return Api.as("beheer1").body(body).put("/api/v1/staff/" + externalId);
    }

    /** A request as this staff member with the given realm roles. */
    public RequestSpecification as(String... roles) {
        return asUsername(username, roles);
    }

    /** A request as any username, on the roster or not, with a token the realm vouches for. */
    public static RequestSpecification asUsername(String username, String... roles) {
        long now = Instant.now().getEpochSecond();
        RealmTestKey key = RealmTestKey.get();
        String token = Jwt.claims().issuer(Tokens.realmUrl()).audience("pestprotocol-api").subject(UUID.randomUUID().toString())
                .claim("typ", "Bearer").claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles))).issuedAt(now - 10).expiresAt(now + 300)
                .jws().keyId(key.kid).sign(key.privateKey);
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A group of a department of its own, with these mentors; answers its code. */
    public static String group(String department, List<String> mentorExternalIds) {
        String code = fresh("G").substring(0, 10);
        Api.as("beheer1").body(Map.of("department", department, "schoolYear", "2026-2027", "mentors", mentorExternalIds))
                .put("/api/v1/groups/" + code).then().statusCode(201);
        return code;
    }
}
