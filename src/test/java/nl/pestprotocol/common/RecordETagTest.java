package nl.pestprotocol.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.Records;
import nl.pestprotocol.support.TestCalendar;
import nl.pestprotocol.support.Tokens;

/**
 * Spec §9: each changeable record of a case (agreement, action, measure) has its own ETag, and
 * its PATCH needs If-Match with it (428 without, 412 when stale), so of two staff changing the
 * same record from the same state one wins and the other is told, instead of the last silently winning.
 */
@QuarkusTest
class RecordETagTest extends ApiTest {

    /** A new record of the kind, in the step where it is made; answers its path, who changes it and two changes. */
    private record Made(String path, String user, String etag, Map<String, Object> change, Map<String, Object> otherChange) {
    }

    private static Made make(String kind) {
        String now = Instant.now().minusSeconds(60).toString();
        return switch (kind) {
            case "agreements" -> {
                CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
                var created = as("mentor1").body(Map.of("description", "Niet meer schelden", "partyIds",
                        List.of(journey.gepeste, journey.pester), "reviewOn", LocalDate.now().plusDays(14).toString()))
                        .post("/api/v1/cases/" + journey.id + "/agreements").then().statusCode(201).extract();
                yield new Made("/api/v1/cases/" + journey.id + "/agreements/" + created.path("id"), "mentor1",
                        created.header("ETag"), Map.of("status", "NAGEKOMEN"), Map.of("status", "GESCHONDEN"));
            }
            case "actions" -> {
                CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
                var created = as("mentor1").body(Map.of("term", "KORT", "track", "PESTER", "description", "Direct stoppen",
                        "assigneeId", "mw-mentor1", "studentIds", List.of(journey.pester)))
                        .post("/api/v1/cases/" + journey.id + "/actions").then().statusCode(201).extract();
                yield new Made("/api/v1/cases/" + journey.id + "/actions/" + created.path("id"), "mentor1",
                        created.header("ETag"), Map.of("status", "GEDAAN"), Map.of("description", "Anders"));
            }
            case "measures" -> {
                TestCalendar.ensure();
                CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
                var created = as("lc1").body(Map.of("type", "SCHORSING", "studentId", journey.pester, "startOn",
                        TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                        .post("/api/v1/cases/" + journey.id + "/measures").then().statusCode(201).extract();
                yield new Made("/api/v1/cases/" + journey.id + "/measures/" + created.path("id"), "lc1", created.header("ETag"),
                        Map.of("parentsNotifiedInWritingAt", now), Map.of("inspectieNotifiedAt", now));
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String caseOf(Made record) {
        return record.path().substring(0, record.path().indexOf('/', "/api/v1/cases/".length()));
    }

    @InvalidRequestsOnPurpose("patches without the required If-Match")
    @ParameterizedTest
    @ValueSource(strings = { "agreements", "actions", "measures" })
    void aPatchWithoutIfMatchAnswers428AndChangesNothing(String kind) {
        Made record = make(kind);
        String before = as(record.user()).get(record.path()).then().statusCode(200).extract().asString();
        as(record.user()).body(record.change()).patch(record.path()).then().statusCode(428);
        as(record.user()).get(record.path()).then().statusCode(200).header("ETag", equalTo(record.etag()))
                .body(equalTo(before));
    }

    @ParameterizedTest
    @ValueSource(strings = { "agreements", "actions", "measures" })
    void theETagOfTheCreatedRecordIsItsGetsAndAPatchWithItAnswersANewOne(String kind) {
        Made record = make(kind);
        assertEquals("\"1\"", record.etag());
        as(record.user()).get(record.path()).then().statusCode(200).header("ETag", equalTo(record.etag()));
        String after = as(record.user()).header("If-Match", record.etag()).body(record.change()).patch(record.path()).then()
                .statusCode(200).header("ETag", not(equalTo(record.etag()))).extract().header("ETag");
        as(record.user()).get(record.path()).then().statusCode(200).header("ETag", equalTo(after));
    }

    @ParameterizedTest
    @ValueSource(strings = { "agreements", "actions", "measures" })
    void aPatchWithAStaleETagAnswers412AndTheFirstChangeStays(String kind) {
        Made record = make(kind);
        as(record.user()).header("If-Match", record.etag()).body(record.change()).patch(record.path()).then().statusCode(200);
        String afterFirst = as(record.user()).get(record.path()).then().extract().asString();
        as(record.user()).header("If-Match", record.etag()).body(record.otherChange()).patch(record.path()).then()
                .statusCode(412);
        as(record.user()).get(record.path()).then().body(equalTo(afterFirst));
    }

    @Test
    void twoStaffSettingNagekomenAndGeschondenWithTheSameETagOneAfterTheOther() {
        Made agreement = make("agreements");
        as("mentor1").header("If-Match", agreement.etag()).body(Map.of("status", "NAGEKOMEN")).patch(agreement.path()).then()
                .statusCode(200);
        as("lc1").header("If-Match", agreement.etag()).body(Map.of("status", "GESCHONDEN")).patch(agreement.path()).then()
                .statusCode(412);
        as("lc1").get(agreement.path()).then().body("status", equalTo("NAGEKOMEN"));
    }

    @Test
    void twoStaffSettingNagekomenAndGeschondenAtOnceWithTheSameETagOneWinsAndTheOtherIsTold() throws Exception {
        Made agreement = make("agreements");
        List<Http.Result> results = Http.atOnce(List.of(
                () -> Http.send("PATCH", agreement.path(), Tokens.of("mentor1"), agreement.etag(), "{\"status\":\"NAGEKOMEN\"}"),
                () -> Http.send("PATCH", agreement.path(), Tokens.of("lc1"), agreement.etag(), "{\"status\":\"GESCHONDEN\"}")));
        assertEquals(List.of(200, 412), results.stream().map(Http.Result::status).sorted().toList(), results::toString);
        String winner = JsonPath.from(results.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().body())
                .getString("status");
        as("mentor1").get(agreement.path()).then().body("status", equalTo(winner)).header("ETag", equalTo("\"2\""));
    }

    @Test
    void aRecordsETagIsItsOwnWhileAChangeOfItStillChangesTheCasesETag() {
        Made agreement = make("agreements");
        String casePath = caseOf(agreement);
        String caseBefore = as("mentor1").get(casePath).then().extract().header("ETag");
        // something else recorded on the case leaves the agreement's ETag alone
        as("mentor1").body(Map.of("type", "GEPESTE", "heldAt", Instant.now().minusSeconds(3600).toString(), "studentIds",
                List.of(as("mentor1").get(casePath).then().extract().jsonPath().getString(
                        "involvements.find { it.role == 'GEPESTE' }.studentId"))))
                .post(casePath + "/conversations").then().statusCode(201);
        assertEquals(agreement.etag(), Records.etag("mentor1", agreement.path()));
        String caseBetween = as("mentor1").get(casePath).then().extract().header("ETag");
        assertNotEquals(caseBefore, caseBetween);
        Records.patch("mentor1", agreement.path(), Map.of("status", "NAGEKOMEN")).then().statusCode(200);
        assertNotEquals(caseBetween, as("mentor1").get(casePath).then().extract().header("ETag"),
                "a change of an agreement is a change of the case");
    }

    @Test
    void aListShowsEachRecordsVersionSoAClientCanChangeItWithoutReadingItFirst() {
        Made action = make("actions");
        String id = action.path().substring(action.path().lastIndexOf('/') + 1);
        long version = as("mentor1").get(action.path().substring(0, action.path().lastIndexOf('/'))).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.id == '" + id + "' }.version");
        as("mentor1").header("If-Match", "\"" + version + "\"").body(action.change()).patch(action.path()).then()
                .statusCode(200).body("version", equalTo((int) version + 1));
    }

}
