package nl.pestprotocol.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.Pages;

/** Spec §9: the conventions an integrator relies on. */
@QuarkusTest
class ApiConventionsTest extends ApiTest {

    private static Map<String, Object> newCase(String student) {
        return new HashMap<>(Map.of("summary", "Conventies", "incident",
                CaseJourney.incident(List.of(Map.of("studentId", student, "role", "GEPESTE")))));
    }

    @InvalidRequestsOnPurpose("bodies with read-only properties the contract does not allow")
    @ParameterizedTest
    @ValueSource(strings = { "step", "level", "id", "version", "openedBy" })
    void readOnlyPropertiesInABodyAreRefused(String property) {
        Map<String, Object> body = newCase(CaseJourney.newStudent("1A"));
        body.put(property, property.equals("version") ? 7 : "AFGESLOTEN");
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains(property));
    }

    @InvalidRequestsOnPurpose("a patch with a read-only property")
    @Test
    void aPatchCannotSetTheStepEither() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").header("If-Match", journey.etag()).body(Map.of("step", "AFGESLOTEN"))
                .patch("/api/v1/cases/" + journey.id).then().statusCode(400);
    }

    @InvalidRequestsOnPurpose("writes without the required If-Match")
    @Test
    void writesThatNeedIfMatchAnswer428WithoutItAnd412WhenItIsStale() {
        CaseJourney journey = CaseJourney.open();
        String etag = journey.etag();
        as("mentor1").body(Map.of("summary", "Nieuw")).patch("/api/v1/cases/" + journey.id).then().statusCode(428);
        as("mentor1").body(Map.of("to", "ANALYSEREN")).post("/api/v1/cases/" + journey.id + "/transitions").then()
                .statusCode(428);
        String newEtag = as("mentor1").header("If-Match", etag).body(Map.of("summary", "Nieuw"))
                .patch("/api/v1/cases/" + journey.id).then().statusCode(200).body("summary", equalTo("Nieuw"))
                .header("ETag", not(equalTo(etag))).extract().header("ETag");
        as("mentor1").header("If-Match", etag).body(Map.of("summary", "Oud")).patch("/api/v1/cases/" + journey.id).then()
                .statusCode(412);
        as("mentor1").header("If-Match", etag).body(Map.of("to", "ANALYSEREN"))
                .post("/api/v1/cases/" + journey.id + "/transitions").then().statusCode(412);
        as("mentor1").get("/api/v1/cases/" + journey.id).then().header("ETag", equalTo(newEtag)).body("summary",
                equalTo("Nieuw"));
    }

    @Test
    void anythingRecordedOnTheCaseChangesItsETag() {
        CaseJourney journey = CaseJourney.open();
        String before = journey.etag();
        journey.involve(journey.gepeste, "GEPESTE");
        org.junit.jupiter.api.Assertions.assertNotEquals(before, journey.etag());
    }

    @InvalidRequestsOnPurpose("a body over 1 MiB with a summary over its maximum length")
    @Test
    void bodiesOverOneMebibyteAnswer413() {
        String huge = "{\"summary\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        as("mentor1").body(huge).post("/api/v1/cases").then().statusCode(413);
    }

    @InvalidRequestsOnPurpose("a summary over its maximum length")
    @Test
    void textLongerThanItsLimitIsRefusedNamingTheField() {
        Map<String, Object> body = newCase(CaseJourney.newStudent("1A"));
        body.put("summary", "x".repeat(201));
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(400).body("invalidParams.name", contains("summary"));
    }

    @InvalidRequestsOnPurpose("malformed JSON, a wrong type and an unknown enum value")
    @Test
    void malformedJsonWrongTypesAndUnknownValuesAre400() {
        as("mentor1").body("{\"summary\": ").post("/api/v1/cases").then().statusCode(400);
        as("mentor1").body(Map.of("summary", List.of(1, 2))).post("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("summary"));
        Map<String, Object> body = newCase(CaseJourney.newStudent("1A"));
        body.put("forms", List.of("ROEPEN"));
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(400);
    }

    @Test
    void anIncidentCannotHaveHappenedInTheFuture() {
        Map<String, Object> body = newCase(CaseJourney.newStudent("1A"));
        Map<String, Object> incident = new HashMap<>(CaseJourney.incident(List.of(Map.of("studentId",
                CaseJourney.newStudent("1A"), "role", "GEPESTE"))));
        incident.put("occurredAt", "2099-01-01T10:00:00Z");
        body.put("incident", incident);
        as("mentor1").body(body).post("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("incident.occurredAt"));
    }

    @InvalidRequestsOnPurpose("query parameters out of range, unknown paths and methods, a wrong content type")
    @Test
    void badQueryParametersAre400AndBadIdsOrPaths404() {
        as("mentor1").queryParam("limit", 101).get("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("limit"));
        as("mentor1").queryParam("step", "KLAAR").get("/api/v1/cases").then().statusCode(400);
        as("mentor1").queryParam("openedFrom", "gisteren").get("/api/v1/cases").then().statusCode(400);
        as("mentor1").queryParam("cursor", "bm9wZQ").get("/api/v1/cases").then().statusCode(400);
        as("mentor1").get("/api/v1/cases/not-a-uuid").then().statusCode(404);
        as("mentor1").get("/api/v1/nothing-here").then().statusCode(404);
        as("mentor1").delete("/api/v1/cases").then().statusCode(405);
        as("mentor1").contentType("text/plain").body("hallo").post("/api/v1/cases").then().statusCode(415);
    }

    @Test
    void everyResponseCarriesTheApiVersion() {
        as("mentor1").get("/api/v1/groups").then().header("API-Version", equalTo("1.0.0"));
        anonymous().get("/api/v1/cases").then().statusCode(401).header("API-Version", equalTo("1.0.0"));
        anonymous().get("/api/v1/openapi.json").then().statusCode(200).header("API-Version", equalTo("1.0.0"));
    }

    @Test
    void aCreatedCaseHasItsLocationAndETag() {
        as("mentor1").body(newCase(CaseJourney.newStudent("1A"))).post("/api/v1/cases").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"1\""))
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/cases/[0-9a-f-]{36}"));
    }

    @Test
    void keysetPagesAreNewestFirstWithACursorUntilTheLastPage() {
        String student = CaseJourney.newStudent("1A");
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, as("mentor1").body(newCase(student)).post("/api/v1/cases").then().statusCode(201).extract().path("id"));
        }
        String cursor = as("mentor1").queryParam("studentId", student).queryParam("limit", 2).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", contains(created.get(0), created.get(1))).extract().path("next");
        as("mentor1").queryParam("studentId", student).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/cases")
                .then().body("items.id", contains(created.get(2))).body("next", nullValue());
    }

    @Test
    void listsFilterByStepLevelGroupAndOpeningDate() {
        CaseJourney journey = CaseJourney.open().atPm3();
        as("lc1").queryParam("level", "PM_3").queryParam("groupCode", "1A").queryParam("limit", 100).get("/api/v1/cases").then()
                .body("items.id", hasItem(journey.id)).body("items.level", not(hasItem("PM_1")));
        as("lc1").queryParam("step", "PLAN").queryParam("studentId", journey.bystander).get("/api/v1/cases").then()
                .body("items", org.hamcrest.Matchers.empty());
        as("lc1").queryParam("openedTo", "2020-01-01").queryParam("studentId", journey.bystander).get("/api/v1/cases").then()
                .body("items", org.hamcrest.Matchers.empty());
        as("lc1").queryParam("openedFrom", java.time.LocalDate.now().minusDays(1).toString())
                .queryParam("studentId", journey.bystander).get("/api/v1/cases").then().body("items.id", contains(journey.id));
    }

    @Test
    void theTimelineTellsWhatHappenedOldestFirst() {
        CaseJourney journey = CaseJourney.open();
        journey.involve(journey.gepeste, "GEPESTE");
        as("mentor1").get("/api/v1/cases/" + journey.id + "/timeline").then().statusCode(200)
                .body("items.type", contains("CASE_OPENED", "INCIDENT_LOGGED", "INVOLVEMENT_ADDED"))
                .body("items[0].actor.username", equalTo("mentor1")).body("items[2].data.role", endsWith("GEPESTE"));
    }

    @Test
    void agreementsPastTheirReviewDateAreDueForTheMentor() {
        CaseJourney journey = CaseJourney.open().reach(nl.pestprotocol.cases.Step.UITVOEREN);
        String agreement = journey.agreement(java.time.LocalDate.now().minusDays(2));
        org.hamcrest.MatcherAssert.assertThat(Pages.all("mentor1", "/api/v1/agreements/due", "id"), hasItem(agreement));
        org.hamcrest.MatcherAssert.assertThat(Pages.all("mentor2", "/api/v1/agreements/due", "id"), not(hasItem(agreement)));
    }
}
