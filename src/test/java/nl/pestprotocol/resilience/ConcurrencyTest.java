package nl.pestprotocol.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.support.Tokens;

/** Writes to one case are serialised by a row lock: concurrent requests never double an effect. */
@QuarkusTest
class ConcurrencyTest extends ApiTest {


    private static List<Integer> sortedStatuses(List<Http.Result> results) {
        return results.stream().map(Http.Result::status).sorted().toList();
    }

    @Test
    void twoCoordinatorsMovingTheSameCaseAtOnceOneWinsAndTheTimelineHasOneStep() throws Exception {
        CaseJourney journey = CaseJourney.open();
        journey.involve(journey.gepeste, "GEPESTE");
        String etag = journey.etag();
        String body = "{\"to\":\"ANALYSEREN\"}";
        String path = "/api/v1/cases/" + journey.id + "/transitions";
        List<Http.Result> results = Http.atOnce(List.of(() -> Http.send("POST", path, Tokens.of("lc1"), etag, body),
                () -> Http.send("POST", path, Tokens.of("oc1"), etag, body)));
        assertEquals(200, sortedStatuses(results).get(0), results::toString);
        assertTrue(List.of(409, 412).contains(sortedStatuses(results).get(1)), results::toString);
        as("oc1").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'STEP_CHANGED' }", hasSize(1));
    }

    @Test
    void twoCoordinatorsEscalatingAtOnceRaiseTheLevelOnce() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String etag = journey.etag();
        String body = "{\"reason\":\"Herhaald\"}";
        String path = "/api/v1/cases/" + journey.id + "/escalations";
        List<Http.Result> results = Http.atOnce(List.of(() -> Http.send("POST", path, Tokens.of("lc1"), etag, body),
                () -> Http.send("POST", path, Tokens.of("lc1"), etag, body)));
        assertEquals(List.of(200, 412), sortedStatuses(results), results::toString);
        as("oc1").get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_2"));
        as("oc1").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'LEVEL_RAISED' }", hasSize(1));
    }

    @Test
    void twoEscalationsWithoutIfMatchAtOnceAreBothRefusedAndTheLevelStays() throws Exception {
        // without the required header a double click or a client retry would raise PM_1 to PM_3
        CaseJourney journey = CaseJourney.open();
        String body = "{\"reason\":\"Herhaald\"}";
        String path = "/api/v1/cases/" + journey.id + "/escalations";
        List<Http.Result> results = Http.atOnce(List.of(() -> Http.send("POST", path, Tokens.of("lc1"), null, body),
                () -> Http.send("POST", path, Tokens.of("lc1"), null, body)));
        assertEquals(List.of(428, 428), sortedStatuses(results), results::toString);
        as("oc1").get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_1"));
        as("oc1").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'LEVEL_RAISED' }", hasSize(0));
    }

    @Test
    void fiftyClientsLoggingIncidentsAtOnceAreAllStoredAndRaiseTheLevelAsHerhalingSays() throws Exception {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        String token = Tokens.of("mentor1");
        String body = "{\"occurredAt\":\"2026-11-02T10:00:00Z\",\"reporterType\":\"DOCENT\",\"forms\":[\"VERBAAL\"],"
                + "\"description\":\"Weer gescholden\",\"students\":[{\"studentId\":\"" + journey.gepeste + "\",\"role\":\"GEPESTE\"}]}";
        List<Supplier<Http.Result>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> Http.send("POST", "/api/v1/cases/" + journey.id + "/incidents", token, null, body));
        }
        List<Http.Result> results = Http.atOnce(calls);
        assertTrue(results.stream().allMatch(r -> r.status() == 201), () -> "not all 201: " + sortedStatuses(results));
        List<String> stored = Pages.all("mentor1", "/api/v1/cases/" + journey.id + "/incidents", "id");
        for (Http.Result r : results) {
            String id = io.restassured.path.json.JsonPath.from(r.body()).getString("id");
            assertTrue(stored.contains(id), "incident " + id + " answered 201 but is not stored");
        }
        assertEquals(51, stored.size());
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_3"));
        assertEquals(2, Pages.all("mentor1", "/api/v1/cases/" + journey.id + "/timeline").stream()
                .filter(e -> e.get("type").equals("LEVEL_RAISED")).count());
    }
}
