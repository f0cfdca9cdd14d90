package nl.pestprotocol.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestClock;

/**
 * Spec §13: the statistics of a school year match a hand-counted fixture, hide small counts and the
 * cells that would reveal them, and name nobody. The fixture lives in school year 2047-2048, which no
 * other test touches: the service clock is moved there while it is made.
 */
@QuarkusTest
class StatisticsTest extends ApiTest {

    static final Instant T0 = Instant.parse("2047-10-15T10:00:00Z");
    static final String YEAR = "2047-2048";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static void at(Instant when) {
        TestClock.shift(Duration.between(Instant.now(), when));
    }

    static void step(String caseId, String to, String reason) {
        String etag = as(CaseJourney.LC).get("/api/v1/cases/" + caseId).header("ETag");
        Map<String, String> body = reason == null ? Map.of("to", to) : Map.of("to", to, "reason", reason);
        as(CaseJourney.LC).header("If-Match", etag).body(body).post("/api/v1/cases/" + caseId + "/transitions").then()
                .statusCode(200);
    }

    /**
     * In October 2047: 6 cases about pupils of 1A (year group 1) and 2 about pupils of 2B (year group 2),
     * all onderbouw, form VERBAAL, each with one incident; one 1A case raised to PM_2; five 1A cases
     * closed after 2, 4, 6, 8 and 10 days.
     */
    static List<String> fixture() {
        at(T0);
        List<String> pupils = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = i < 6 ? CaseJourney.MENTOR : "mentor2";
            String pupil = CaseJourney.newStudent(i < 6 ? "1A" : "2B");
            pupils.add(pupil);
            cases.add(CaseJourney.openAbout(user, pupil).extract().path("id"));
        }
        String etag = as(CaseJourney.LC).get("/api/v1/cases/" + cases.get(5)).header("ETag");
        as(CaseJourney.LC).header("If-Match", etag).body(Map.of("reason", "Ernstig"))
                .post("/api/v1/cases/" + cases.get(5) + "/escalations").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            step(cases.get(i), "ANALYSEREN", null);
        }
        for (int i = 0; i < 5; i++) {
            at(T0.plus(Duration.ofDays(2L * (i + 1))));
            step(cases.get(i), "AFGESLOTEN", "Opgelost");
        }
        TestClock.reset();
        return pupils;
    }

    @Test
    void theFiguresOfASchoolYearMatchTheHandCountedFixtureWithSmallCellsAndTheirComplementsHidden() {
        List<String> pupils = fixture();
        String body = as("aps1").queryParam("schoolYear", YEAR).get("/api/v1/statistics").then().statusCode(200)
                .body("schoolYear", equalTo(YEAR)).extract().asString();
        JsonPath json = JsonPath.from(body);
        Map<String, String> cells = new TreeMap<>();
        for (Map<String, String> c : json.<Map<String, String>>getList("cells")) {
            cells.put(c.get("month") + " " + c.get("measure") + " " + c.get("dimension") + " " + c.get("value"), c.get("count"));
        }
        Map<String, String> expected = new TreeMap<>();
        for (String measure : List.of("CASES", "INCIDENTS")) {
            String m = "2047-10 " + measure + " ";
            expected.put(m + "TOTAL ALLE", "8");
            expected.put(m + "FORM VERBAAL", "8");
            expected.put(m + "DEPARTMENT onderbouw", "8");
            // 3 still at SIGNALEREN is hidden; 5 closed would reveal it (8 - 5), so it is hidden too
            expected.put(m + "STEP SIGNALEREN", "<5");
            expected.put(m + "STEP AFGESLOTEN", "<5");
            // PM_2 is 1; PM_1's 7 would reveal it
            expected.put(m + "LEVEL PM_1", "<5");
            expected.put(m + "LEVEL PM_2", "<5");
            // year group 2 has 2; year group 1's 6 would reveal it
            expected.put(m + "YEAR_GROUP 1", "<5");
            expected.put(m + "YEAR_GROUP 2", "<5");
        }
        assertEquals(expected, cells);
        assertEquals("5", json.getString("closing.closedCases"));
        assertEquals(6.0, json.getDouble("closing.medianDays"));
        assertEquals(9.2, json.getDouble("closing.p90Days"));
        assertEquals("8", json.getString("reopened.of"));
        assertNull(json.get("reopened.share"), "no case reopened: a share of 0 of 8 rests on fewer than 5");
        assertEquals("<5", json.getString("evaluations.of"));
        for (String pupil : pupils) {
            assertFalse(body.contains(pupil), "no pupil named");
        }
        for (String name : List.of("Marieke", "Pieter", "Mentor", "Sanne", "mw-")) {
            assertFalse(body.contains(name), name);
        }

        String csv = as("oc1").accept("text/csv").queryParam("schoolYear", YEAR).get("/api/v1/statistics").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("schoolYear,month,measure,dimension,value,count\r\n"), csv);
        assertTrue(csv.contains("2047-2048,2047-10,CASES,YEAR_GROUP,2,<5\r\n"), csv);
        assertTrue(csv.contains("2047-2048,2047-10,INCIDENTS,TOTAL,ALLE,8\r\n"), csv);
        assertTrue(csv.contains("2047-2048,,DAYS_TO_CLOSE_MEDIAN,TOTAL,ALLE,6.0\r\n"), csv);
    }

    @Test
    void onlyTheAanspreekpuntAndTheOndersteuningscoordinatorSeeTheStatistics() {
        as(CaseJourney.MENTOR).get("/api/v1/statistics").then().statusCode(403);
        as(CaseJourney.LC).get("/api/v1/statistics").then().statusCode(403);
        as("beheer1").get("/api/v1/statistics").then().statusCode(403);
        as("aps1").get("/api/v1/statistics").then().statusCode(200);
        as("aps1").queryParam("schoolYear", "2047-2049").get("/api/v1/statistics").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("schoolYear"));
    }
}
