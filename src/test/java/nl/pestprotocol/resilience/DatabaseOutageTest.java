package nl.pestprotocol.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.LocalStack;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.Tokens;

/**
 * PostgreSQL stops while requests run: the service answers 503 problem+json quickly, readiness goes
 * down, and when PostgreSQL is back the service serves again, without a restart and without losing
 * anything it confirmed.
 */
@QuarkusTest
class DatabaseOutageTest extends ApiTest {

    private static int readiness() {
        return RestAssured.given().get("/q/health/ready").statusCode();
    }

    @Test
    void aDatabaseOutageAnswers503EvenToRequestsInFlightThenTheServiceRecoversAndKeepsEveryConfirmedWrite() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String token = Tokens.of("mentor1");
        String path = "/api/v1/cases/" + journey.id + "/incidents";
        String body = "{\"occurredAt\":\"2026-11-02T10:00:00Z\",\"reporterType\":\"DOCENT\",\"forms\":[\"VERBAAL\"],"
                + "\"description\":\"Tijdens storing\",\"students\":[]}";
        ConcurrentLinkedQueue<Http.Result> results = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            load.submit(() -> {
                while (running.get()) {
                    results.add(Http.send("POST", path, token, null, body));
                    results.add(Http.send("GET", "/api/v1/cases/" + journey.id, token, null, null));
                }
            });
        }
        try {
            awaitCount(results, 20, Duration.ofSeconds(30));
            assertEquals(200, readiness());

            LocalStack.shared().stopPostgres();
            Instant down = Instant.now();
            awaitStatus(results, 503, Duration.ofSeconds(30));
            assertEquals(503, readiness(), "readiness reports the database down");
            Duration outage = Duration.between(down, Instant.now());

            LocalStack.shared().startPostgres();
            int seen = results.size();
            awaitSuccessAfter(results, seen, Duration.ofSeconds(60));
            assertEquals(200, readiness(), "readiness is up again without a restart");
            assertTrue(outage.toSeconds() < 30);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            if (readiness() != 200) {
                LocalStack.shared().startPostgres();
            }
        }

        List<Http.Result> all = List.copyOf(results);
        System.out.println("DATABASE-OUTAGE statuses=" + all.stream().collect(java.util.stream.Collectors
                .groupingBy(Http.Result::status, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        // the requests in flight when PostgreSQL went down fail deep inside (57P01 at a statement or the commit): still 503
        List<Http.Result> otherErrors = all.stream().filter(r -> r.status() >= 500 && r.status() != 503).toList();
        assertEquals(List.of(), otherErrors, "a 5xx other than 503");
        assertTrue(all.stream().noneMatch(r -> r.status() == -1), "every request got an answer");
        assertTrue(all.stream().allMatch(r -> r.took().toSeconds() < 15), "no request hung");
        for (Http.Result r : all) {
            if (r.status() == 503) {
                ProblemContract.assertProblem(503, r.header("Content-Type"), r.body());
                assertTrue(r.header("Retry-After") != null && r.header("Retry-After").matches("\\d+"),
                        () -> "a 503 without Retry-After: " + r.body());
                assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
            }
        }
        // every page of the incidents: the list is a page, and an outage run stores far more than one page
        Set<String> stored = Set.copyOf(nl.pestprotocol.support.Pages.<String>all("mentor1", path, "id"));
        all.stream().filter(r -> r.status() == 201).map(r -> JsonPath.from(r.body()).getString("id"))
                .forEach(id -> assertTrue(stored.contains(id), "confirmed incident " + id + " is lost"));
        ProblemContract.CHECKED.get();
    }

    private static void awaitCount(ConcurrentLinkedQueue<Http.Result> results, int count, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (results.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(100);
        }
        assertTrue(results.size() >= count, "the load did not start");
    }

    private static void awaitStatus(ConcurrentLinkedQueue<Http.Result> results, int status, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (results.stream().noneMatch(r -> r.status() == status) && Instant.now().isBefore(end)) {
            Thread.sleep(100);
        }
        assertTrue(results.stream().anyMatch(r -> r.status() == status), "no " + status + " during the outage");
    }

    private static void awaitSuccessAfter(ConcurrentLinkedQueue<Http.Result> results, int from, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (results.stream().skip(from).anyMatch(r -> r.status() == 201)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not serve again after the database came back");
    }
}
