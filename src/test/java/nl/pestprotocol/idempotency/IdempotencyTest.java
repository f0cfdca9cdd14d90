package nl.pestprotocol.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.ContractValidation;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.TestClock;
import nl.pestprotocol.support.Tokens;

/** Spec §9: a POST with an Idempotency-Key is done once, whatever the client retries. */
@QuarkusTest
class IdempotencyTest extends ApiTest {

    private static final String KEY = IdempotencyKey.HEADER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyCleanup cleanup;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A new-case body with a summary no other test uses, so its cases can be counted. */
    private static String newCase(String summary) throws Exception {
        String student = CaseJourney.newStudent("1A");
        return JSON.writeValueAsString(Map.of("summary", summary, "incident",
                CaseJourney.incident(List.of(Map.of("studentId", student, "role", "GEPESTE")))));
    }

    private int count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int casesWithSummary(String summary) throws SQLException {
        return count("select count(*) from bullying_case where summary = ?", summary);
    }

    private static Response post(String user, String path, String key, String body) {
        return as(user).header(KEY, key).body(body).post(path);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstStatusBodyLocationAndETagAndOpensOneCase() throws Exception {
        String summary = "Idem replay " + UUID.randomUUID();
        String body = newCase(summary);
        String key = UUID.randomUUID().toString();
        Response first = post("mentor1", "/api/v1/cases", key, body);
        first.then().statusCode(201);
        assertNull(first.header(IdempotencyFilter.REPLAYED), "the first answer is not a replay");
        Response retry = post("mentor1", "/api/v1/cases", key, body);
        retry.then().statusCode(201).header(IdempotencyFilter.REPLAYED, "true");
        assertEquals(first.asString(), retry.asString(), "the same body, character for character");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, casesWithSummary(summary), "one case, however often the client retries");
        // the quoted form of the draft (a structured-field string) is the same key
        post("mentor1", "/api/v1/cases", "\"" + key + "\"", body).then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED, "true");
        assertEquals(1, casesWithSummary(summary));
        as("mentor1").get(first.header("Location")).then().statusCode(200).body("summary", equalTo(summary));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndChangesNothing() throws Exception {
        String summary = "Idem conflict " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post("mentor1", "/api/v1/cases", key, newCase(summary)).then().statusCode(201);
        String other = "Idem conflict other " + UUID.randomUUID();
        post("mentor1", "/api/v1/cases", key, newCase(other)).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("idempotency-key-reused"));
        assertEquals(0, casesWithSummary(other));
        assertEquals(1, casesWithSummary(summary));
    }

    @Test
    void theSameKeyOnAnotherPathIsRefusedWith422() throws Exception {
        CaseJourney one = CaseJourney.open();
        CaseJourney two = CaseJourney.open();
        String body = incidentAbout(one.bystander);
        String key = UUID.randomUUID().toString();
        post("mentor1", "/api/v1/cases/" + one.id + "/incidents", key, body).then().statusCode(201);
        post("mentor1", "/api/v1/cases/" + two.id + "/incidents", key, body).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        assertEquals(1, count("select count(*) from incident where case_id = ?", UUID.fromString(two.id)));
    }

    @Test
    void aSecondRequestWithTheKeyWhileTheFirstStillRunsIsRefusedWith409() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String path = "/api/v1/cases/" + journey.id + "/incidents";
        String body = incidentAbout(journey.bystander);
        String key = UUID.randomUUID().toString();
        String token = Tokens.of("mentor1");
        CompletableFuture<Http.Result> first;
        // hold the case's row lock, so the first request waits inside its transaction with the key claimed
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select id from bullying_case where id = ? for update")) {
                lock.setObject(1, UUID.fromString(journey.id));
                lock.executeQuery().close();
            }
            first = CompletableFuture.supplyAsync(() -> Http.sendWith("POST", path, token, Map.of(KEY, key), body));
            awaitKeyClaimed();
            Http.Result second = Http.sendWith("POST", path, token, Map.of(KEY, key), body);
            assertEquals(409, second.status(), second::toString);
            assertTrue(second.body().contains("idempotency-key-in-flight"), second::body);
            assertTrue(second.header("Content-Type").startsWith("application/problem+json"));
            c.rollback();
        }
        Http.Result done = first.get(30, TimeUnit.SECONDS);
        assertEquals(201, done.status(), done::toString);
        Http.Result retry = Http.sendWith("POST", path, token, Map.of(KEY, key), body);
        assertEquals(201, retry.status());
        assertEquals(done.body(), retry.body());
        assertEquals(2, count("select count(*) from incident where case_id = ?", UUID.fromString(journey.id)),
                "the first incident of the case and one logged with the key");
    }

    /** Waits until a request holds a key: its advisory lock is granted. */
    private void awaitKeyClaimed() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count("select count(*) from pg_locks where locktype = 'advisory' and classid = ? and granted", 0x1de0) == 0) {
            assertTrue(System.nanoTime() < until, "the first request never claimed its key");
            Thread.sleep(20);
        }
    }

    @Test
    void twoIdenticalRequestsAtTheSameMomentOpenExactlyOneCase() throws Exception {
        String token = Tokens.of("mentor1");
        for (int round = 0; round < 5; round++) {
            String summary = "Idem race " + UUID.randomUUID();
            String body = newCase(summary);
            Map<String, String> headers = Map.of(KEY, UUID.randomUUID().toString());
            Supplier<Http.Result> call = () -> Http.sendWith("POST", "/api/v1/cases", token, headers, body);
            List<Http.Result> results = Http.atOnce(List.of(call, call));
            List<Integer> statuses = results.stream().map(Http.Result::status).sorted().toList();
            assertTrue(statuses.equals(List.of(201, 201)) || statuses.equals(List.of(201, 409)), results::toString);
            if (statuses.equals(List.of(201, 201))) {
                assertEquals(results.get(0).body(), results.get(1).body(), "the later one is the replay of the first");
            }
            assertEquals(1, casesWithSummary(summary), "round " + round + ": " + results);
        }
    }

    @Test
    void aKeyIsKeptForAtLeast24HoursThenForgottenAndTheCleanupDeletesIt() throws Exception {
        String summary = "Idem expiry " + UUID.randomUUID();
        String body = newCase(summary);
        String key = UUID.randomUUID().toString();
        post("mentor1", "/api/v1/cases", key, body).then().statusCode(201);
        TestClock.shift(Duration.ofHours(23).plusMinutes(59));
        cleanup.deleteExpired();
        post("mentor1", "/api/v1/cases", key, body).then().statusCode(201).header(IdempotencyFilter.REPLAYED, "true");
        assertEquals(1, count("select count(*) from idempotency_key where idem_key = ?", key), "kept for 24 hours");
        TestClock.shift(Duration.ofHours(24).plusMinutes(1));
        assertTrue(cleanup.deleteExpired() >= 1);
        assertEquals(0, count("select count(*) from idempotency_key where idem_key = ?", key), "deleted after 24 hours");
        // an expired key is new again: the request is done once more
        Response again = post("mentor1", "/api/v1/cases", key, body);
        again.then().statusCode(201);
        assertNull(again.header(IdempotencyFilter.REPLAYED));
        assertEquals(2, casesWithSummary(summary));
    }

    @Test
    void anExpiredKeyIsForgottenEvenBeforeTheCleanupRuns() throws Exception {
        String summary = "Idem expired " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post("mentor1", "/api/v1/cases", key, newCase(summary)).then().statusCode(201);
        TestClock.shift(Duration.ofHours(25));
        // another body under the expired key is no conflict: the key is free
        String other = "Idem expired other " + UUID.randomUUID();
        post("mentor1", "/api/v1/cases", key, newCase(other)).then().statusCode(201);
        assertEquals(1, casesWithSummary(other));
    }

    @Test
    void keysBelongToTheCallerSoAnotherUsersSameKeyIsIndependent() throws Exception {
        String summary = "Idem per caller " + UUID.randomUUID();
        String body = newCase(summary);
        String key = UUID.randomUUID().toString();
        Response mentors = post("mentor1", "/api/v1/cases", key, body);
        mentors.then().statusCode(201);
        Response lcs = post("lc1", "/api/v1/cases", key, body);
        lcs.then().statusCode(201);
        assertNull(lcs.header(IdempotencyFilter.REPLAYED), "not the mentor's answer");
        assertNotEquals(mentors.header("Location"), lcs.header("Location"));
        assertEquals(2, casesWithSummary(summary));
        // and another body from a third caller under the same key is no conflict either
        String other = "Idem per caller other " + UUID.randomUUID();
        post("oc1", "/api/v1/cases", key, newCase(other)).then().statusCode(201);
        assertEquals(1, casesWithSummary(other));
    }

    @Test
    void aKeyOfBadSyntaxIsRefusedWith400AndNothingIsDone() throws Exception {
        String summary = "Idem bad key " + UUID.randomUUID();
        String body = newCase(summary);
        for (String bad : List.of("", "a b", "ä", "x".repeat(256), "\"unbalanced", "a,b")) {
            as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE).header(KEY, bad).body(body)
                    .post("/api/v1/cases").then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo(KEY));
        }
        as("mentor1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE).header(KEY, "one").header(KEY, "two")
                .body(body).post("/api/v1/cases").then().statusCode(400).body("invalidParams[0].name", equalTo(KEY));
        assertEquals(0, casesWithSummary(summary));
        post("mentor1", "/api/v1/cases", "x".repeat(255), body).then().statusCode(201);
    }

    @Test
    void aRefusedRequestKeepsNothingSoItsKeyMayBeUsedAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String refused = JSON.writeValueAsString(Map.of("summary", "Idem refused", "incident",
                CaseJourney.incident(List.of(Map.of("studentId", "nobody-" + UUID.randomUUID(), "role", "GEPESTE")))));
        int status = post("mentor1", "/api/v1/cases", key, refused).then().extract().statusCode();
        assertTrue(status >= 400 && status < 500, "an unknown pupil is refused: " + status);
        assertEquals(0, count("select count(*) from idempotency_key where idem_key = ?", key));
        String summary = "Idem after refusal " + UUID.randomUUID();
        post("mentor1", "/api/v1/cases", key, newCase(summary)).then().statusCode(201);
        assertEquals(1, casesWithSummary(summary));
    }

    @Test
    void everyKindOfPostIsDoneOnceWithAKey() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String incidents = "/api/v1/cases/" + journey.id + "/incidents";
        String body = incidentAbout(journey.bystander);
        String key = UUID.randomUUID().toString();
        post("mentor1", incidents, key, body).then().statusCode(201);
        post("mentor1", incidents, key, body).then().statusCode(201).header(IdempotencyFilter.REPLAYED, "true");
        as("mentor1").get(incidents).then().body("items", hasSize(2));
        // a transition: the retry answers the first 200 instead of 412 for the ETag it changed
        journey.involve(journey.gepeste, "GEPESTE");
        String transition = JSON.writeValueAsString(Map.of("to", "ANALYSEREN"));
        String etag = journey.etag();
        String tkey = UUID.randomUUID().toString();
        Response moved = as("lc1").header(KEY, tkey).header("If-Match", etag).body(transition)
                .post("/api/v1/cases/" + journey.id + "/transitions");
        moved.then().statusCode(200);
        Response retried = as("lc1").header(KEY, tkey).header("If-Match", etag).body(transition)
                .post("/api/v1/cases/" + journey.id + "/transitions");
        retried.then().statusCode(200).header(IdempotencyFilter.REPLAYED, "true");
        assertEquals(moved.asString(), retried.asString());
        as("oc1").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'STEP_CHANGED' }", hasSize(1));
    }

    @Test
    void aPostWithoutAKeyIsUnchanged() throws Exception {
        String summary = "Idem without key " + UUID.randomUUID();
        String body = newCase(summary);
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(201);
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(201);
        assertEquals(2, casesWithSummary(summary), "without a key every POST is a new request");
    }

    private static String incidentAbout(String student) throws Exception {
        List<Map<String, String>> students = new ArrayList<>();
        students.add(Map.of("studentId", student, "role", "AFZIJDIG"));
        return JSON.writeValueAsString(CaseJourney.incident(students));
    }
}
