package nl.pestprotocol.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.Tokens;

/**
 * The HTTP layer under the REST resources: content negotiation happens before any work, and every
 * error it can produce (406, 413, 414, 431, a malformed request) is problem+json.
 */
@QuarkusTest
class HttpLayerTest extends ApiTest {

    private static final List<String> TABLES = List.of("bullying_case", "incident", "involvement", "student", "agreement");

    @Inject
    DataSource dataSource;

    @InvalidRequestsOnPurpose("Accept headers without JSON, some of them unparseable")
    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/xml", "text/html", "application/problem+json", "garbage",
            "application/json;q=0", "*/*;q=0", "text/*", "image/png, text/plain;q=0.5", "application/json;q=2",
            "*/json", "application/merge-patch+json" })
    void anAcceptWithoutJsonAnswers406ProblemJsonBeforeAnythingIsWritten(String accept) throws Exception {
        CaseJourney journey = CaseJourney.open();
        String etag = journey.etag();
        String newStudent = "t-406-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> before = rowCounts();

        List<Response> answers = List.of(
                as("mentor1").accept(accept).body(Map.of("studentId", journey.gepeste, "role", "GEPESTE"))
                        .post("/api/v1/cases/" + journey.id + "/involvements"),
                as("mentor1").accept(accept).header("If-Match", etag).body(Map.of("summary", "Gewijzigd"))
                        .patch("/api/v1/cases/" + journey.id),
                as("mentor1").accept(accept).body(CaseJourney.incident(List.of())).post("/api/v1/cases/" + journey.id + "/incidents"),
                as("mentor1").accept(accept).body(Map.of("summary", "Nieuw", "incident", CaseJourney.incident(List.of(
                        Map.of("studentId", journey.bystander, "role", "AFZIJDIG"))))).post("/api/v1/cases"),
                as("beheer1").accept(accept).body(Map.of("givenName", "Nieuw", "familyName", "Kind", "groupCode", "1A"))
                        .put("/api/v1/students/" + newStudent),
                as("mentor1").accept(accept).get("/api/v1/cases/" + journey.id),
                as("mentor1").accept(accept).get("/api/v1/cases"),
                as("mentor1").accept(accept).get("/api/v1/nothing-here"));
        for (Response r : answers) {
            r.then().statusCode(406).contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://pestprotocol.nl/problems/not-acceptable"));
        }

        assertEquals(before, rowCounts(), "a refused request leaves no rows");
        as("mentor1").get("/api/v1/cases/" + journey.id).then().statusCode(200).header("ETag", equalTo(etag))
                .body("involvements.studentId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(journey.gepeste)));
        as("beheer1").get("/api/v1/students/" + newStudent).then().statusCode(404);
    }

    @InvalidRequestsOnPurpose("unusual Accept headers (wildcards, parameters) the validator cannot parse")
    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "application/json", "application/json; charset=utf-8",
            "text/plain;q=0.9, application/json;q=0.1", "application/json, text/plain", "text/html, */*;q=0.1",
            "APPLICATION/JSON", "text/plain, , application/json" })
    void anAcceptThatIncludesJsonIsAnsweredWithJson(String accept) {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").accept(accept).get("/api/v1/cases/" + journey.id).then().statusCode(200)
                .contentType(startsWith("application/json")).body("id", equalTo(journey.id));
        as("mentor1").accept(accept).body(Map.of("studentId", journey.gepeste, "role", "GEPESTE"))
                .post("/api/v1/cases/" + journey.id + "/involvements").then().statusCode(201)
                .contentType(startsWith("application/json"));
    }

    /** An empty Accept used to answer 500 after the write was committed, so a retrying client added it twice. */
    @Test
    void writesWithAnEmptyOrAbsentAcceptAnswerJsonAndWriteOnce() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String token = Tokens.of("mentor1");
        for (String accept : new String[] { "Accept: ", "Accept:", null }) {
            String student = CaseJourney.newStudent("1A");
            long involvements = count("involvement");
            String json = "{\"studentId\":\"" + student + "\",\"role\":\"AFZIJDIG\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            RawHttp.Response r = RawHttp.send("POST /api/v1/cases/" + journey.id + "/involvements HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close" + (accept == null ? "" : "\r\n" + accept), body);
            assertEquals(201, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/json"), r.contentType());
            assertEquals(involvements + 1, count("involvement"));
        }
        String etag = journey.etag();
        String patch = "{\"summary\":\"Na lege Accept\"}";
        RawHttp.Response r = RawHttp.send("PATCH /api/v1/cases/" + journey.id + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nIf-Match: " + etag
                + "\r\nContent-Length: " + patch.length() + "\r\nConnection: close\r\nAccept: ", patch.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("summary", equalTo("Na lege Accept"));
    }

    @Test
    void aVeryLongQueryStringAnswers414ProblemJsonAndClosesTheConnection() throws Exception {
        RawHttp.Response r = RawHttp.send("GET /api/v1/cases?studentId=" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.of("mentor1"), null);
        assertHttpLayerProblem(414, r);
    }

    @Test
    void aControlCharacterInAHeaderValueAnswers400ProblemJsonAndClosesTheConnection() throws Exception {
        for (String value : new String[] { "a\u0001b", "a\u0000b", "a\u007fb", "a\u000bb" }) {
            RawHttp.Response r = RawHttp.send("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nX-Note: " + value
                    + "\r\nAuthorization: Bearer " + Tokens.of("mentor1"), null);
            assertHttpLayerProblem(400, r);
        }
    }

    @Test
    void aMalformedRequestLineAnswers400ProblemJson() throws Exception {
        assertHttpLayerProblem(400, RawHttp.send("GE\u0001T /api/v1/cases HTTP/1.1\r\nHost: localhost", null));
    }

    /** The strict layer is in place on every connection, not only on some: twenty in a row each get problem+json. */
    @Test
    void everyConnectionInARowAnswersAMalformedRequestLineWith400ProblemJson() throws Exception {
        StringBuilder missed = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            RawHttp.Response r = RawHttp.send("GE\u0001T /api/v1/cases HTTP/1.1\r\nHost: localhost", null);
            if (r.status() != 400 || r.contentType() == null || !r.contentType().startsWith("application/problem+json")) {
                missed.append("\nconnection ").append(i + 1).append(": ").append(r.status()).append(' ').append(r.contentType());
            }
        }
        assertEquals("", missed.toString(), "connections that missed the strict layer");
    }

    @Test
    void oversizedHeadersAnswer431ProblemJsonAndCloseTheConnection() throws Exception {
        RawHttp.Response r = RawHttp.send("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nAuthorization: Bearer " + Tokens.of("mentor1"), null);
        assertHttpLayerProblem(431, r);
    }

    @Test
    void aChunkedBodyOverOneMebibyteAnswers413ProblemJsonAndStoresNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        byte[] prefix = "{\"summary\":\"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response r = RawHttp.sendChunked("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.of("mentor1") + "\r\nContent-Type: application/json", prefix, 1024 * 1024 + 64 * 1024, (byte) 'x', 16 * 1024);
        assertEquals(413, r.status(), r.body());
        ProblemContract.assertProblem(413, r.contentType(), r.body());
        assertEquals("close", r.header("connection"));
        assertEquals(before, rowCounts());
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadAsUsual() throws Exception {
        CaseJourney journey = CaseJourney.open();
        RawHttp.Response r = RawHttp.sendChunks("POST /api/v1/cases/" + journey.id + "/involvements HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.of("mentor1") + "\r\nContent-Type: application/json\r\nConnection: close",
                "{\"studentId\":", "\"" + journey.gepeste + "\",", "\"role\":\"GEPESTE\"}");
        assertEquals(201, r.status(), r.body());
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("involvements.studentId",
                org.hamcrest.Matchers.hasItem(journey.gepeste));
    }

    private static void assertHttpLayerProblem(int status, RawHttp.Response r) {
        assertEquals(status, r.status(), r.body());
        ProblemContract.assertProblem(status, r.contentType(), r.body());
        assertEquals("1.0.0", r.header("API-Version"));
        assertTrue(r.closed(), "the server closes the connection after an invalid request");
    }

    private long count(String table) throws Exception {
        return rowCounts(List.of(table)).get(table);
    }

    private Map<String, Long> rowCounts() throws Exception {
        return rowCounts(TABLES);
    }

    private Map<String, Long> rowCounts(List<String> tables) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
