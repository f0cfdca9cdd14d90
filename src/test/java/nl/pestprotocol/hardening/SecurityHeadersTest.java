package nl.pestprotocol.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.ContractValidation;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.SecurityHeadersCheck;
import nl.pestprotocol.support.Tokens;

/**
 * Every answer of /api/v1 carries the security headers. The suite checks each REST Assured answer
 * ({@link SecurityHeadersCheck#FILTER}); these are the answers made below the REST resources, by the
 * router, the HTTP layer and Vert.x' codec, which ordinary tests rarely meet.
 */
@QuarkusTest
class SecurityHeadersTest extends ApiTest {

    @Test
    void theSuiteWideCheckSeesEveryAnswerOfTheApi() {
        long before = SecurityHeadersCheck.checked().get();
        as("mentor1").get("/api/v1/cases").then().statusCode(200);
        anonymous().get("/api/v1/cases").then().statusCode(401);
        assertEquals(before + 2, SecurityHeadersCheck.checked().get(), "the filter is installed and checks each answer");
    }

    @Test
    void aCaseAndAPupilsExportCarryTheHeaders() {
        CaseJourney journey = CaseJourney.open();
        assertStrict("/api/v1/cases/" + journey.id, as("mentor1").get("/api/v1/cases/" + journey.id), 200);
        assertStrict("/api/v1/students/" + journey.gepeste + "/export",
                as("oc1").get("/api/v1/students/" + journey.gepeste + "/export"), 200);
    }

    @Test
    void answersOfAuthenticationTheRouterAndTheHttpLayerCarryTheHeaders() {
        assertStrict("/api/v1/cases", anonymous().get("/api/v1/cases"), 401);
        assertStrict("/api/v1/cases", given("Bearer not-a-token").get("/api/v1/cases"), 401);
        assertStrict("/api/v1/nothing-here", as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .get("/api/v1/nothing-here"), 404);
        assertStrict("/api/v1/cases", as("mentor1").accept("text/html").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .get("/api/v1/cases"), 406);
        assertStrict("/api/v1/cases", as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .options("/api/v1/cases"), 501);
        assertStrict("/api/v1/openapi.json", anonymous().get("/api/v1/openapi.json"), 200);
    }

    @Test
    void answersOfTheCodecAndTheBodyLimitCarryTheHeaders() throws Exception {
        String token = Tokens.of("mentor1");
        RawHttp.Response tooLong = RawHttp.send("GET /api/v1/cases?studentId=" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost", null);
        assertEquals(414, tooLong.status());
        SecurityHeadersCheck.assertStrict("/api/v1/cases", tooLong);

        RawHttp.Response bigHeaders = RawHttp.send("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000), null);
        assertEquals(431, bigHeaders.status());
        SecurityHeadersCheck.assertStrict("/api/v1/cases", bigHeaders);

        RawHttp.Response control = RawHttp.send("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b", null);
        assertEquals(400, control.status());
        SecurityHeadersCheck.assertStrict("/api/v1/cases", control);

        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response declaredTooLarge = RawHttp.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024), body);
        assertEquals(413, declaredTooLarge.status());
        SecurityHeadersCheck.assertStrict("/api/v1/cases", declaredTooLarge);
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() {
        Response r = as("mentor1").get("/api/v1/cases");
        assertNull(r.header("Strict-Transport-Security"), "HSTS only where the service terminates TLS");
    }

    @Test
    void pathsOutsideTheApiAreNotGivenTheApisPolicy() {
        Response health = anonymous().get("/q/health/live");
        assertTrue(health.statusCode() == 200, health.asString());
        assertNull(health.header("Content-Security-Policy"), "other paths get the policy of their own prefix, if any");
    }

    private static io.restassured.specification.RequestSpecification given(String authorization) {
        return anonymous().header("Authorization", authorization);
    }

    private static void assertStrict(String path, Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        SecurityHeadersCheck.check(path, status, r::header);
    }
}
