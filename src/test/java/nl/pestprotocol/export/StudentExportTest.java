package nl.pestprotocol.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** Right of access (AVG art. 15): a pupil's export names no other pupil. */
@QuarkusTest
class StudentExportTest extends ApiTest {

    @Test
    void theExportOfAPupilInACaseWithTwoOtherPupilsNamesNeitherOfThem() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        String body = as("oc1").get("/api/v1/students/" + journey.gepeste + "/export").then().statusCode(200)
                .body("student.externalId", equalTo(journey.gepeste)).body("cases[0].id", equalTo(journey.id))
                .body("notice", containsString("redact"))
                .body("cases[0].involvements.student", hasItem("Leerling A"))
                .body("cases[0].involvements.student", hasItem("Leerling B"))
                .body("cases[0].conversations.size()", equalTo(2)).extract().asString();
        // test pupils are named "Test <externalId>", so neither id nor name may appear anywhere
        for (String other : List.of(journey.bystander, journey.pester)) {
            assertFalse(body.contains(other), () -> "the export mentions " + other + ": " + body);
        }
        assertTrue(body.contains("Test " + journey.gepeste), "the subject keeps their name");
    }

    @Test
    void pseudonymsAreStableWithinTheExport() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        var export = as("oc1").get("/api/v1/students/" + journey.gepeste + "/export").then().statusCode(200).extract()
                .jsonPath();
        String pesterLabel = export.getString("cases[0].involvements.find { it.role == 'PESTER' }.student");
        assertTrue(export.getList("cases[0].conversations.find { it.type == 'PESTER' }.students").contains(pesterLabel));
    }

    @Test
    void theExportIsForTheOndersteuningscoordinatorAndIsAudited() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").get("/api/v1/students/" + journey.bystander + "/export").then().statusCode(403);
        as("oc1").header("X-Request-Id", "export-" + journey.bystander).get("/api/v1/students/" + journey.bystander + "/export")
                .then().statusCode(200);
        as("oc1").get("/api/v1/cases/" + journey.id + "/audit").then().body("items.findAll { it.requestId == 'export-"
                + journey.bystander + "' }.action", hasItem("GET /api/v1/students/" + journey.bystander + "/export"));
        as("oc1").get("/api/v1/students/nobody-" + journey.bystander + "/export").then().statusCode(404);
    }
}
