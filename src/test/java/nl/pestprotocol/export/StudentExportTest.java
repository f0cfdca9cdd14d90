package nl.pestprotocol.export;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestCalendar;
import nl.pestprotocol.workflow.TransitionTable;

/**
 * Right of access (AVG art. 15, spec §10): a pupil's export holds only what concerns that pupil
 * (art. 15(4): it must not harm the rights of others). One case walked through VERVOLGSTAPPEN (a
 * suspension of the bully) back to EVALUATIE is exported for the victim, the bully and a bystander.
 */
@QuarkusTest
class StudentExportTest extends ApiTest {

    /** The shared case; built once, read by every test. */
    private static final class Fixture {
        final CaseJourney journey;
        /** Marks the free text of this case only: the victim's conversation and the reported incident. */
        final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);

        Fixture() {
            journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
            // the victim's own conversation: the answers name the classmates who bully and who help
            as("mentor1").body(Map.of("type", "GEPESTE", "heldAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
                    "studentIds", List.of(journey.gepeste), "notes", "Slachtoffer vertelt " + marker,
                    "otherParticipants", List.of("Moeder " + marker),
                    "guideAnswers", Map.of("DOOR_WIE", "Daan en Bram " + marker, "HULP_VAN_ANDEREN", "Fleur helpt " + marker)))
                    .post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(201);
            // the suspension of the bully (CaseJourney records it: "Afspraken geschonden", from SCHOOL_MONDAY)
            journey.prepare(TransitionTable.find(Step.VERVOLGSTAPPEN, Step.EVALUATIE).orElseThrow(), null);
            journey.transition(CaseJourney.LC, Step.EVALUATIE, "Maatregel genomen").then().statusCode(200);
            // an incident reported by a classmate, naming victim and bully
            as("mentor1").body(Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "reporterType",
                    "LEERLING", "reporterName", "Melder " + marker, "forms", List.of("LICHAMELIJK"), "description",
                    "Geduwd in de gang.", "students", List.of(Map.of("studentId", journey.gepeste, "role", "GEPESTE"),
                            Map.of("studentId", journey.pester, "role", "PESTER"))))
                    .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
        }
    }

    private static Fixture fixture;

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture();
        }
        return fixture;
    }

    private static String export(String student) {
        return as("oc1").get("/api/v1/students/" + student + "/export").then().statusCode(200).extract().asString();
    }

    private static void assertAbsent(String body, String... texts) {
        for (String text : texts) {
            assertFalse(body.contains(text), () -> "the export holds '" + text + "': " + body);
        }
    }

    @Test
    void theBullysExportHoldsNoTextOfTheVictimsConversationsNoReporterAndNoOtherPupil() {
        Fixture f = fixture();
        String body = export(f.journey.pester);
        assertAbsent(body, "Slachtoffer vertelt", "Daan en Bram", "Fleur helpt", "Moeder " + f.marker, "Melder",
                "reporterName", "reporterType", f.journey.gepeste, f.journey.bystander);
        JsonPath json = JsonPath.from(body);
        assertEquals(List.of("PESTER"), json.getList("cases[0].conversations.type"), "only the conversation they were in");
    }

    @Test
    void theVictimsExportHoldsNoMeasureOfTheBully() {
        Fixture f = fixture();
        String body = export(f.journey.gepeste);
        assertAbsent(body, "Afspraken geschonden", "SCHORSING", TestCalendar.SCHOOL_MONDAY.toString(), "MEASURE_",
                f.journey.pester, f.journey.bystander);
        assertEquals(List.of(), JsonPath.from(body).getList("cases[0].measures"));
    }

    @Test
    void theBullysExportHoldsTheirOwnMeasureAndExactlyTheRecordsThatNameThem() {
        Fixture f = fixture();
        JsonPath json = JsonPath.from(export(f.journey.pester));
        String me = "Test " + f.journey.pester;
        assertEquals(1, json.getList("cases").size());
        assertEquals(List.of(me), json.getList("cases[0].measures.student"));
        assertEquals(List.of("Afspraken geschonden"), json.getList("cases[0].measures.reason"));
        assertEquals(List.of("SCHORSING"), json.getList("cases[0].measures.type"));
        assertEquals(List.of("Geduwd in de gang."), json.getList("cases[0].incidents.description"),
                "the incident that names them; the opening incident named only the bystander");
        assertEquals(List.of("Niet meer schelden"), json.getList("cases[0].agreements.description"));
        assertTrue(json.getList("cases[0].agreements[0].parties").contains(me));
        assertEquals(2, json.getList("cases[0].actions").size());
        List<String> events = json.getList("cases[0].timeline.type");
        assertEquals(1, events.stream().filter("MEASURE_RECORDED"::equals).count());
        assertEquals(1, events.stream().filter("CONVERSATION_RECORDED"::equals).count(), "only their own PESTER conversation");
        assertEquals(1, events.stream().filter("INVOLVEMENT_ADDED"::equals).count(), "only their own involvement");
        assertTrue(events.contains("STEP_CHANGED"), "the steps of the case as a whole stay");
    }

    @Test
    void aBystandersExportHoldsOnlyTheIncidentAndTheActionsThatNameThem() {
        Fixture f = fixture();
        String body = export(f.journey.bystander);
        JsonPath json = JsonPath.from(body);
        assertEquals(List.of("Uitgescholden op het plein."), json.getList("cases[0].incidents.description"));
        assertEquals(List.of(), json.getList("cases[0].conversations"));
        assertEquals(List.of(), json.getList("cases[0].agreements"));
        assertEquals(List.of(), json.getList("cases[0].measures"));
        assertEquals(2, json.getList("cases[0].actions").size());
        List<String> events = json.getList("cases[0].timeline.type");
        for (String other : List.of("CONVERSATION_RECORDED", "AGREEMENT_MADE", "AGREEMENT_CHANGED", "MEASURE_RECORDED",
                "MEASURE_UPDATED")) {
            assertFalse(events.contains(other), () -> "a bystander's timeline holds " + other + ": " + events);
        }
        assertAbsent(body, "Geduwd in de gang.", "Niet meer schelden", "Gesprek gevoerd", f.journey.gepeste, f.journey.pester);
    }

    @Test
    void theCaseItselfAppearsAsStepLevelFormsAndDatesWithoutItsFreeText() {
        Fixture f = fixture();
        JsonPath json = JsonPath.from(export(f.journey.bystander));
        assertEquals(f.journey.id, json.getString("cases[0].id"));
        assertEquals("EVALUATIE", json.getString("cases[0].step"));
        assertTrue(json.getString("cases[0].level").startsWith("PM_"));
        assertTrue(json.getList("cases[0].forms").contains("VERBAAL"));
        assertTrue(json.getString("cases[0].openedAt") != null);
        String body = json.prettify();
        // the summary, the analysis and the reasons of transitions may name any pupil of the case
        assertAbsent(body, "Journey ", "Schelden en buitensluiten", "De klas lacht mee", "Bijstelling of afsluiting",
                "Maatregel genomen");
    }

    @Test
    void theVictimsExportHoldsTheirOwnConversationsAsRecorded() {
        Fixture f = fixture();
        String body = export(f.journey.gepeste);
        JsonPath json = JsonPath.from(body);
        assertEquals(List.of("GEPESTE", "GEPESTE", "OUDERS", "OVERLEG"),
                json.getList("cases[0].conversations.type").stream().map(Object::toString).sorted().toList());
        assertTrue(body.contains("Fleur helpt " + f.marker), "their own free text is returned as recorded");
        assertTrue(json.getString("notice").contains("redact"));
    }

    @Test
    void otherPupilsAreStablePseudonymsAndNeitherTheirNamesNorTheirIdsAppear() {
        Fixture f = fixture();
        JsonPath json = JsonPath.from(export(f.journey.gepeste));
        assertEquals(f.journey.gepeste, json.getString("student.externalId"));
        String pester = json.getString("cases[0].involvements.find { it.role == 'PESTER' }.student");
        assertTrue(pester.startsWith("Leerling "), pester);
        assertTrue(json.getList("cases[0].agreements[0].parties").contains(pester), "the same pupil, the same pseudonym");
        assertTrue(json.getList("cases[0].incidents.find { it.description == 'Geduwd in de gang.' }.students")
                .contains(pester));
    }

    @Test
    void aPupilWhoWasInvolvedOnceStillFindsTheCase() {
        CaseJourney journey = CaseJourney.open();
        String once = CaseJourney.newStudent("1A");
        journey.involve(once, "AFZIJDIG");
        as("mentor1").delete("/api/v1/cases/" + journey.id + "/involvements/" + once).then().statusCode(200);
        JsonPath json = as("oc1").get("/api/v1/students/" + once + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(journey.id), json.getList("cases.id"), "the cases they are or were involved in");
        assertEquals(List.of(), json.getList("cases[0].involvements.findAll { it.student == 'Test " + once + "' }"));
        assertEquals(List.of("INVOLVEMENT_ADDED", "INVOLVEMENT_REMOVED"),
                json.getList("cases[0].timeline.findAll { it.type.startsWith('INVOLVEMENT') }.type"));
        assertEquals(List.of(), json.getList("cases[0].incidents"), "the opening incident names only the bystander");
    }

    @Test
    void theExportIsForTheOndersteuningscoordinatorAndIsAuditedWithoutThePupilsId() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").get("/api/v1/students/" + journey.bystander + "/export").then().statusCode(403);
        String requestId = "export-" + UUID.randomUUID();
        as("oc1").header("X-Request-Id", requestId).get("/api/v1/students/" + journey.bystander + "/export").then()
                .statusCode(200).body("notice", containsString("redact"));
        JsonPath audit = as("oc1").get("/api/v1/cases/" + journey.id + "/audit").then().extract().jsonPath();
        assertEquals(List.of("GET /api/v1/students/{externalId}/export"),
                audit.getList("items.findAll { it.requestId == '" + requestId + "' }.action"));
        assertAbsent(audit.prettify(), journey.bystander);
        as("oc1").get("/api/v1/students/nobody-" + journey.bystander + "/export").then().statusCode(404);
    }
}
