package nl.pestprotocol.workflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/**
 * Spec §3 "Precisions": the conditions of the table count only the records of the case's current
 * cycle (a reopening by herhaling starts a new one), and the level conditions only conversations held
 * since the case reached its level.
 */
@QuarkusTest
class CyclesTest extends ApiTest {

    private static void herhaling(CaseJourney journey) {
        as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", journey.pester, "role", "PESTER"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("step", equalTo("ANALYSEREN"))
                .body("level", equalTo("PM_2"));
    }

    @Test
    void aCaseReopenedByHerhalingNeedsANewAnalysisAndNewConversationsWithVictimAndBully() {
        CaseJourney journey = CaseJourney.open().reach(Step.AFGESLOTEN);
        herhaling(journey);

        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("analysis-required", "gepeste-conversation-required", "pester-conversation-required"));
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id + "/analysis").then().statusCode(404);

        journey.analysis();
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id + "/analysis").then().statusCode(200)
                .body("severity", equalTo("MIDDEN"));
        journey.conversation("GEPESTE", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(409)
                .body("unmetConditions.code", contains("pester-conversation-required"));
        journey.conversation("PESTER", journey.pester);
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(200);
    }

    @Test
    void theFirstAnalysisOfANewCycleIsCreatedNotReplaced() {
        CaseJourney journey = CaseJourney.open().reach(Step.AFGESLOTEN);
        herhaling(journey);
        Map<String, Object> analysis = Map.of("severity", "HOOG", "how", "Opnieuw", "forms", List.of("DIGITAAL"), "groupRole",
                "De klas kijkt weg", "duration", "Sinds vorige week");
        as(CaseJourney.MENTOR).body(analysis).put("/api/v1/cases/" + journey.id + "/analysis").then().statusCode(201);
        as(CaseJourney.MENTOR).body(analysis).put("/api/v1/cases/" + journey.id + "/analysis").then().statusCode(200);
    }

    @Test
    void aCaseReopenedByHerhalingNeedsANewPlanAndNewAgreementsAndANewEvaluation() {
        CaseJourney journey = CaseJourney.open().reach(Step.AFGESLOTEN);
        herhaling(journey);
        journey.analysis();
        journey.conversation("GEPESTE", journey.gepeste);
        journey.conversation("PESTER", journey.pester);
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(200);

        journey.transition(CaseJourney.MENTOR, Step.UITVOEREN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("short-term-action-required", "long-term-action-required", "every-student-in-action"));
        journey.prepare(TransitionTable.find(Step.PLAN, Step.UITVOEREN).orElseThrow(), null);
        journey.transition(CaseJourney.MENTOR, Step.UITVOEREN, null).then().statusCode(200);

        // the first cycle's agreement and OUDERS conversation do not count; the case is at PM_2 now
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("agreement-required", "parents-conversation-required"));
        String agreement = journey.agreement(LocalDate.now().plusDays(30));
        journey.conversation("OUDERS", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(200);

        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("mentor-sign-off-required", "leerlingcoordinator-sign-off-required",
                        "ondersteuningscoordinator-sign-off-required", "agreements-communicated"));
        journey.signOff(CaseJourney.MENTOR, "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.OC, "ONDERSTEUNINGSCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.communicate(agreement);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(200);
    }

    @Test
    void anOudersConversationHeldAtPm1DoesNotCountAtPm2() {
        CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
        journey.agreement(LocalDate.now().plusDays(30));
        journey.conversation("OUDERS", journey.gepeste);
        escalate(journey);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(409)
                .body("unmetConditions.code", contains("parents-conversation-required"));
        journey.conversation("OUDERS", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(200);
    }

    @Test
    void levelConditionsCountOnlyConversationsHeldSinceTheLevelWasReachedEvenWhenRecordedLater() {
        CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
        journey.agreement(LocalDate.now().plusDays(30));
        escalate(journey);
        // recorded after the escalation, but held the day before it
        as(CaseJourney.MENTOR).body(Map.of("type", "OUDERS", "heldAt", java.time.Instant.now().minusSeconds(86_400).toString(),
                "studentIds", List.of(journey.gepeste))).post("/api/v1/cases/" + journey.id + "/conversations").then()
                .statusCode(201);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(409)
                .body("unmetConditions.code", contains("parents-conversation-required"));
    }

    @Test
    void anOverlegHeldAtPm2DoesNotCountAtPm3() {
        CaseJourney journey = CaseJourney.open();
        escalate(journey);
        journey.reach(Step.UITVOEREN);
        journey.agreement(LocalDate.now().plusDays(30));
        journey.conversation("OVERLEG", journey.gepeste);
        escalate(journey);
        journey.conversation("OUDERS", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(409)
                .body("unmetConditions.code", contains("overleg-conversation-required"));
        journey.conversation("OVERLEG", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(200);
    }

    @Test
    void aPm1CaseMovesToEvaluatieWithoutOudersOrOverleg() {
        CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
        journey.agreement(LocalDate.now().plusDays(30));
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(200).body("level", equalTo("PM_1"));
    }

    @Test
    void aPm2CaseNeedsOudersButNotOverleg() {
        CaseJourney journey = CaseJourney.open();
        escalate(journey);
        journey.reach(Step.UITVOEREN);
        journey.agreement(LocalDate.now().plusDays(30));
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(409)
                .body("unmetConditions.code", contains("parents-conversation-required"));
        journey.conversation("OUDERS", journey.gepeste);
        journey.transition(CaseJourney.MENTOR, Step.EVALUATIE, null).then().statusCode(200).body("level", equalTo("PM_2"));
    }

    private static void escalate(CaseJourney journey) {
        as(CaseJourney.LC).header("If-Match", journey.etag()).body(Map.of("reason", "Ernstiger geworden"))
                .post("/api/v1/cases/" + journey.id + "/escalations").then().statusCode(200);
    }
}
