package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestCalendar;

/** Spec §9: every Location answers a GET, with what the 201 answered. */
@QuarkusTest
class LocationsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Location of a 201: an absolute URI under /api/v1 whose GET answers 200; answers that GET. */
    private static ExtractableResponse<Response> follow(String user, ExtractableResponse<Response> created) {
        assertEquals(201, created.statusCode(), created.asString());
        String location = created.header("Location");
        URI uri = URI.create(location);
        assertTrue(uri.isAbsolute() && uri.getPath().startsWith("/api/v1/"), () -> "Location " + location);
        return as(user).get(location).then().statusCode(200).extract();
    }

    private static void sameBody(ExtractableResponse<Response> created, ExtractableResponse<Response> read) throws Exception {
        assertEquals(JSON.readTree(created.asString()), JSON.readTree(read.asString()), "the GET of the Location answers the 201's body");
        assertEquals(created.header("ETag"), read.header("ETag"), "and its ETag");
    }

    /** Creates one thing of the kind, in the step where it is made, and answers the 201. */
    private static ExtractableResponse<Response> create(String kind) {
        String now = Instant.now().minusSeconds(3600).toString();
        return switch (kind) {
            case "cases" -> as("mentor1").body(Map.of("summary", "Locatie", "incident", CaseJourney.incident(
                    List.of(Map.of("studentId", CaseJourney.newStudent("1A"), "role", "GEPESTE"))))).post("/api/v1/cases")
                    .then().extract();
            case "incidents" -> {
                CaseJourney j = CaseJourney.open();
                yield as("mentor1").body(CaseJourney.incident(List.of(Map.of("studentId", j.bystander, "role", "AFZIJDIG"))))
                        .post("/api/v1/cases/" + j.id + "/incidents").then().extract();
            }
            case "analysis" -> {
                CaseJourney j = CaseJourney.open().reach(Step.ANALYSEREN);
                yield as("mentor1").body(Map.of("severity", "LAAG", "how", "Schelden", "forms", List.of("VERBAAL"),
                        "groupRole", "Meelachen", "duration", "Een week")).put("/api/v1/cases/" + j.id + "/analysis").then()
                        .extract();
            }
            case "conversations" -> {
                CaseJourney j = CaseJourney.open().reach(Step.ANALYSEREN);
                yield as("mentor1").body(Map.of("type", "GEPESTE", "heldAt", now, "studentIds", List.of(j.gepeste), "notes",
                        "Gesprek")).post("/api/v1/cases/" + j.id + "/conversations").then().extract();
            }
            case "actions" -> {
                CaseJourney j = CaseJourney.open().reach(Step.PLAN);
                yield as("mentor1").body(Map.of("term", "KORT", "track", "GEPESTE", "description", "Steun", "assigneeId",
                        "mw-mentor1", "studentIds", List.of(j.gepeste))).post("/api/v1/cases/" + j.id + "/actions").then()
                        .extract();
            }
            case "agreements" -> {
                CaseJourney j = CaseJourney.open().reach(Step.UITVOEREN);
                yield as("mentor1").body(Map.of("description", "Met rust laten", "partyIds", List.of(j.pester), "reviewOn",
                        LocalDate.now().plusDays(7).toString())).post("/api/v1/cases/" + j.id + "/agreements").then()
                        .extract();
            }
            case "sign-offs" -> {
                CaseJourney j = CaseJourney.open().reach(Step.EVALUATIE);
                yield j.signOff("lc1", "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().extract();
            }
            case "measures" -> {
                TestCalendar.ensure();
                CaseJourney j = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
                yield as("lc1").body(Map.of("type", "SCHORSING", "studentId", j.pester, "startOn",
                        TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                        .post("/api/v1/cases/" + j.id + "/measures").then().extract();
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = { "cases", "incidents", "analysis", "conversations", "actions", "agreements", "sign-offs",
            "measures" })
    void theLocationOfWhatACaseUserCreatesAnswersItsGetWithTheSameBody(String kind) throws Exception {
        ExtractableResponse<Response> created = create(kind);
        sameBody(created, follow("lc1", created));
    }

    @Test
    void theLocationOfAnInvolvementAnswersTheInvolvementTheCaseShows() {
        CaseJourney journey = CaseJourney.open();
        ExtractableResponse<Response> created = as("mentor1").body(Map.of("studentId", journey.gepeste, "role", "GEPESTE"))
                .post("/api/v1/cases/" + journey.id + "/involvements").then().extract();
        Map<String, Object> involvement = follow("mentor1", created).jsonPath().getMap("$");
        assertEquals(created.jsonPath().getMap("involvements.find { it.studentId == '" + journey.gepeste + "' }"),
                involvement);
        assertEquals("GEPESTE", involvement.get("role"));
    }

    @Test
    void theLocationOfEveryRosterPutThatCreatesAnswersItsGetWithTheSameBody() throws Exception {
        String id = "loc-" + UUID.randomUUID().toString().substring(0, 8);
        ExtractableResponse<Response> student = asIntegrator().body(Map.of("givenName", "Loes", "familyName", "Locatie",
                "groupCode", "1A")).put("/api/v1/students/" + id).then().extract();
        sameBody(student, follow("beheer1", student));
        ExtractableResponse<Response> staff = asIntegrator().body(Map.of("username", id, "givenName", "Lars", "familyName",
                "Locatie")).put("/api/v1/staff/" + id).then().extract();
        sameBody(staff, follow("beheer1", staff));
        ExtractableResponse<Response> group = asIntegrator().body(Map.of("department", "onderbouw", "schoolYear", "2026-2027",
                "mentors", List.of(id))).put("/api/v1/groups/" + id.toUpperCase()).then().extract();
        sameBody(group, follow("mentor1", group));
        ExtractableResponse<Response> calendar = newCalendar();
        sameBody(calendar, follow("mentor1", calendar));
    }

    /** A school year nobody made yet: only the first PUT of a year creates it. */
    private static ExtractableResponse<Response> newCalendar() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2100, 2999);
            ExtractableResponse<Response> r = as("beheer1").body(Map.of("nonSchoolDays", List.of()))
                    .put("/api/v1/calendar/" + year + "-" + (year + 1)).then().extract();
            if (r.statusCode() == 201) {
                return r;
            }
        }
        throw new AssertionError("no new school year found");
    }

    @Test
    void theNewSingleReadsAnswer404ForRecordsOfAnotherCaseAndForCasesTheUserMayNotSee() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        String action = as("mentor1").body(Map.of("term", "KORT", "track", "GEPESTE", "description", "Steun", "assigneeId",
                "mw-mentor1", "studentIds", List.of(journey.gepeste))).post("/api/v1/cases/" + journey.id + "/actions").then()
                .statusCode(201).extract().path("id");
        CaseJourney other = CaseJourney.open();
        as("mentor1").get("/api/v1/cases/" + other.id + "/actions/" + action).then().statusCode(404);
        as("mentor2").get("/api/v1/cases/" + journey.id + "/actions/" + action).then().statusCode(404);
        as("mentor2").get("/api/v1/cases/" + journey.id + "/involvements/" + journey.gepeste).then().statusCode(404);
        as("mentor1").get("/api/v1/cases/" + journey.id + "/involvements/nobody").then().statusCode(404);
        as("mentor1").get("/api/v1/groups/NO-SUCH-GROUP").then().statusCode(404);
        as("mentor1").get("/api/v1/staff/no-such-staff").then().statusCode(404);
    }
}
