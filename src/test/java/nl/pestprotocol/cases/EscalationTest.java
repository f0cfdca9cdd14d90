package nl.pestprotocol.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** The PM-model (spec §5): herhaling raises the level, coordinators are assigned from the roster. */
@QuarkusTest
class EscalationTest extends ApiTest {

    private static void logIncident(CaseJourney journey) {
        as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", journey.gepeste, "role", "GEPESTE"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
    }

    @Test
    void anIncidentWhileSignalerenIsNoHerhaling() {
        CaseJourney journey = CaseJourney.open();
        logIncident(journey);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_1"))
                .body("counts.incidents", equalTo(2));
    }

    @Test
    void herhalingRaisesTheLevelOneStepAtATimeUpToPm3AndNeverBeyond() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        logIncident(journey);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_2"))
                .body("coordinator.username", equalTo("lc1"));
        logIncident(journey);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_3"))
                .body("supportCoordinator.username", equalTo("oc1"));
        logIncident(journey);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_3"))
                .body("counts.incidents", equalTo(4));
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'LEVEL_RAISED' }", hasSize(2))
                .body("items.findAll { it.type == 'LEVEL_RAISED' }.data.cause", contains("HERHALING", "HERHALING"))
                .body("items.findAll { it.type == 'LEVEL_RAISED' }.data.to", contains("PM_2", "PM_3"));
    }

    @Test
    void anEscalationWithoutACoordinatorOnTheRosterStillHappensAndSaysSo() {
        String gepeste = CaseJourney.newStudent("9Z");
        String id = CaseJourney.openAbout("lc1", gepeste).extract().path("id");
        as("lc1").body(Map.of("reason", "Ernstig")).post("/api/v1/cases/" + id + "/escalations").then().statusCode(200)
                .body("level", equalTo("PM_2")).body("coordinator", org.hamcrest.Matchers.nullValue());
        as("lc1").get("/api/v1/cases/" + id + "/timeline").then()
                .body("items.find { it.type == 'LEVEL_RAISED' }.data.note", org.hamcrest.Matchers.containsString("No coordinator"));
    }

    @Test
    void aMentorCannotEscalateByHand() {
        CaseJourney journey = CaseJourney.open();
        as(CaseJourney.MENTOR).body(Map.of("reason", "Zorgen")).post("/api/v1/cases/" + journey.id + "/escalations").then()
                .statusCode(403);
    }

    @Test
    void theOndersteuningscoordinatorEscalatesToPm3Only() {
        CaseJourney journey = CaseJourney.open();
        as(CaseJourney.OC).body(Map.of("reason", "Zorgen")).post("/api/v1/cases/" + journey.id + "/escalations").then()
                .statusCode(403).body("code", equalTo("escalation-to-pm3-only"));
        as(CaseJourney.LC).body(Map.of("reason", "Herhaald")).post("/api/v1/cases/" + journey.id + "/escalations").then()
                .statusCode(200).body("level", equalTo("PM_2"));
        as(CaseJourney.OC).body(Map.of("reason", "Ernstig", "supportCoordinatorId", "mw-oc1"))
                .post("/api/v1/cases/" + journey.id + "/escalations").then().statusCode(200).body("level", equalTo("PM_3"))
                .body("supportCoordinator.id", equalTo("mw-oc1"));
        as(CaseJourney.OC).body(Map.of("reason", "Nog erger")).post("/api/v1/cases/" + journey.id + "/escalations").then()
                .statusCode(409).body("unmetConditions.code", contains("level-at-maximum"));
    }

    @Test
    void aCoordinatorOpeningACaseMakesTheVictimsMentorTheOwner() {
        String gepeste = CaseJourney.newStudent("2B");
        CaseJourney.openAbout("lc1", gepeste).body("owner.username", equalTo("mentor2")).body("openedBy.username", equalTo("lc1"));
    }
}
