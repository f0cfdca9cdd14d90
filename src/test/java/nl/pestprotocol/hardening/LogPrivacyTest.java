package nl.pestprotocol.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.ContractValidation;
import nl.pestprotocol.support.LogFiles;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.Tokens;

/**
 * Logs name no pupil (spec §10): after a run through every endpoint that takes a pupil's id in its path
 * or query, successful and refused, neither the access log nor the application log holds the id or the
 * name, and the access log does hold a line per request, with the route's template.
 */
@QuarkusTest
class LogPrivacyTest extends ApiTest {

    @Test
    void aRunThroughThePupilEndpointsLeavesNoPupilIdOrNameInTheLogs() throws Exception {
        String pupil = "privacy-" + UUID.randomUUID().toString().substring(0, 12);
        String unknown = "privacy-unknown-" + UUID.randomUUID().toString().substring(0, 8);
        String family = "Achternaam" + UUID.randomUUID().toString().substring(0, 6);
        LogFiles.Mark mark = LogFiles.mark();

        as("beheer1").body(Map.of("givenName", "Voornaam", "familyName", family, "groupCode", "1A")).put("/api/v1/students/" + pupil)
                .then().statusCode(201);
        as("beheer1").body(Map.of("givenName", "Voornaam", "familyName", family, "groupCode", "1A")).put("/api/v1/students/" + pupil)
                .then().statusCode(200);
        as("mentor1").get("/api/v1/students/" + pupil).then().statusCode(200);
        String caseId = CaseJourney.openAbout("mentor1", pupil).extract().path("id");
        as("mentor1").get("/api/v1/cases?studentId=" + pupil).then().statusCode(200);
        as("mentor1").get("/api/v1/cases/" + caseId + "/involvements/" + pupil).then().statusCode(200);
        as("oc1").get("/api/v1/students/" + pupil + "/export").then().statusCode(200);
        as("mentor1").get("/api/v1/students/" + pupil + "/export").then().statusCode(403);
        as("oc1").get("/api/v1/students/" + unknown + "/export").then().statusCode(404);
        as("mentor1").get("/api/v1/students/" + unknown).then().statusCode(404);
        as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE).get("/api/v1/students/" + pupil + "/nothing-here")
                .then().statusCode(404);
        as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE).get("/api/v1/cases?studentId=" + pupil + "&level=X")
                .then().statusCode(400);
        // below the router: a request line too long, and a malformed chunked body, both naming the pupil
        RawHttp.send("GET /api/v1/cases?studentId=" + pupil + "&x=" + "y".repeat(5000) + " HTTP/1.1\r\nHost: localhost", null);
        RawHttp.send("PUT /api/v1/students/" + pupil + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.of("beheer1")
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", "zz\r\n".getBytes(StandardCharsets.ISO_8859_1));

        List<String> access = LogFiles.accessSince(mark);
        List<String> application = LogFiles.applicationSince(mark);
        List<String> all = new ArrayList<>(access);
        all.addAll(application);
        for (String secret : List.of(pupil, unknown, family)) {
            List<String> naming = all.stream().filter(l -> l.contains(secret)).toList();
            assertTrue(naming.isEmpty(), () -> "a log line names the pupil (" + secret + "): " + naming);
        }
        for (String line : List.of("\"PUT /api/v1/students/{externalId} HTTP/1.1\" 201", "\"PUT /api/v1/students/{externalId} HTTP/1.1\" 200",
                "\"GET /api/v1/students/{externalId} HTTP/1.1\" 200", "\"GET /api/v1/cases HTTP/1.1\" 200",
                "\"GET /api/v1/cases/{caseId}/involvements/{studentId} HTTP/1.1\" 200",
                "\"GET /api/v1/students/{externalId}/export HTTP/1.1\" 200",
                "\"GET /api/v1/students/{externalId}/export HTTP/1.1\" 404", "\"GET /api/v1/(unmatched) HTTP/1.1\" 404",
                "\"GET /api/v1/cases HTTP/1.1\" 400", "refused=uri-too-long", "refused=malformed-chunk")) {
            assertTrue(access.stream().anyMatch(l -> l.replace("\\\"", "\"").contains(line)), () -> "the access log (text or JSON) has a line with " + line + ": " + access);
        }
    }
}
