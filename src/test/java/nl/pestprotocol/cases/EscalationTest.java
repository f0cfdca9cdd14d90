package nl.pestprotocol.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;

/**
 * The PM-model (spec §5): herhaling raises the level, coordinators are assigned from the roster, an
 * escalation by hand needs If-Match and names only coordinators §5 allows.
 */
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
        String etag = as("lc1").get("/api/v1/cases/" + id).then().extract().header("ETag");
        as("lc1").header("If-Match", etag).body(Map.of("reason", "Ernstig")).post("/api/v1/cases/" + id + "/escalations").then()
                .statusCode(200).body("level", equalTo("PM_2")).body("coordinator", nullValue());
        as("lc1").get("/api/v1/cases/" + id + "/timeline").then()
                .body("items.find { it.type == 'LEVEL_RAISED' }.data.note", containsString("No coordinator"));
    }

    @Test
    void aMentorCannotEscalateByHandEvenOnACaseThatDoesNotExist() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(CaseJourney.MENTOR, Map.of("reason", "Zorgen")).then().statusCode(403);
        // a role that may never call an endpoint gets 403 before any lookup of the case
        as(CaseJourney.MENTOR).header("If-Match", "\"1\"").body(Map.of("reason", "Zorgen"))
                .post("/api/v1/cases/7b0e2a4c-0000-4000-8000-000000000000/escalations").then().statusCode(403);
    }

    @InvalidRequestsOnPurpose("escalations without the required If-Match")
    @Test
    void anEscalationNeedsIfMatch428WithoutAnd412WhenStaleSoADoubleClickRaisesOnce() {
        CaseJourney journey = CaseJourney.open();
        String etag = journey.etag();
        as(CaseJourney.LC).body(Map.of("reason", "Herhaald")).post("/api/v1/cases/" + journey.id + "/escalations").then()
                .statusCode(428).body("code", equalTo("if-match-required"));
        as(CaseJourney.LC).header("If-Match", etag).body(Map.of("reason", "Herhaald"))
                .post("/api/v1/cases/" + journey.id + "/escalations").then().statusCode(200).body("level", equalTo("PM_2"));
        // the second click of a double click carries the same ETag
        as(CaseJourney.LC).header("If-Match", etag).body(Map.of("reason", "Herhaald"))
                .post("/api/v1/cases/" + journey.id + "/escalations").then().statusCode(412).body("code", equalTo("stale-etag"));
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_2"));
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'LEVEL_RAISED' }", hasSize(1));
    }

    @Test
    void theOndersteuningscoordinatorEscalatesToPm3OnlyAndPm2Is422NamingTheRule() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(CaseJourney.OC, Map.of("reason", "Zorgen")).then().statusCode(422)
                .body("code", equalTo("pm2-is-for-the-leerlingcoordinator"));
        journey.escalate(CaseJourney.LC, Map.of("reason", "Herhaald")).then().statusCode(200).body("level", equalTo("PM_2"));
        journey.escalate(CaseJourney.OC, Map.of("reason", "Ernstig", "supportCoordinatorId", "mw-oc1")).then().statusCode(200)
                .body("level", equalTo("PM_3")).body("supportCoordinator.id", equalTo("mw-oc1"));
        journey.escalate(CaseJourney.OC, Map.of("reason", "Nog erger")).then().statusCode(409)
                .body("unmetConditions.code", contains("level-at-maximum"));
    }

    @Test
    void aCoordinatorNamedAtEscalationMustCoordinateADepartmentOfTheCase() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(CaseJourney.LC, Map.of("reason", "Herhaald", "coordinatorId", "mw-mentor2")).then().statusCode(422)
                .body("code", equalTo("coordinator-not-of-a-case-department"));
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_1"));
        journey.escalate(CaseJourney.LC, Map.of("reason", "Herhaald", "coordinatorId", "mw-lc1")).then().statusCode(200)
                .body("level", equalTo("PM_2")).body("coordinator.id", equalTo("mw-lc1"));
    }

    @Test
    void aSupportCoordinatorNamedAtEscalationMustSupportADepartmentOfTheCase() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(CaseJourney.LC, Map.of("reason", "Herhaald")).then().statusCode(200);
        journey.escalate(CaseJourney.LC, Map.of("reason", "Ernstig", "supportCoordinatorId", "mw-mentor2")).then()
                .statusCode(422).body("code", equalTo("support-coordinator-not-of-a-case-department"));
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
    }

    @Test
    void aCoordinatorOfAnotherLevelIsRefusedNotIgnored() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(CaseJourney.LC, Map.of("reason", "Herhaald", "supportCoordinatorId", "mw-oc1")).then().statusCode(422)
                .body("code", equalTo("coordinator-not-for-this-level"));
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id).then().body("level", equalTo("PM_1"))
                .body("supportCoordinator", nullValue());
    }

    @Test
    void aCoordinatorOpeningACaseMakesTheVictimsMentorTheOwner() {
        String gepeste = CaseJourney.newStudent("2B");
        CaseJourney.openAbout("lc1", gepeste).body("owner.username", equalTo("mentor2")).body("openedBy.username", equalTo("lc1"));
    }
}
