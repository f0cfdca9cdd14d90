package nl.pestprotocol.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;

/**
 * The bounds the contract states (maxLength, maxItems) are the ones the service keeps: a value over them is
 * refused with a problem that names it, and nothing is stored (spec §9). And the contract itself may be read
 * by a page of any origin.
 */
@QuarkusTest
class ContractBoundsTest extends ApiTest {

    @Test
    void theServedContractMayBeReadFromAnyOriginAndSoMayEveryAnswerOfTheApi() {
        given().header("Origin", "https://school.example").get("/api/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        as("mentor1").get("/api/v1/cases").then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        as("mentor1").get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404).header("Access-Control-Allow-Origin", "*");
        anonymous().get("/api/v1/cases").then().statusCode(401).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    @InvalidRequestsOnPurpose("a summary over its maxLength of 200")
    void aSummaryOverTwoHundredCharactersIsRefusedAndNoCaseIsOpened() {
        String student = CaseJourney.newStudent("1A");
        as("mentor1").body(Map.of("summary", "s".repeat(201), "incident",
                CaseJourney.incident(List.of(Map.of("studentId", student, "role", "GEPESTE"))))).post("/api/v1/cases").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem(containsString("summary")));
        as("mentor1").queryParam("studentId", student).get("/api/v1/cases").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @InvalidRequestsOnPurpose("an incident description over its maxLength of 10,000")
    void aDescriptionOverTenThousandCharactersIsRefused() {
        CaseJourney journey = CaseJourney.open();
        Map<String, Object> incident = new java.util.HashMap<>(
                CaseJourney.incident(List.of(Map.of("studentId", journey.bystander, "role", "AFZIJDIG"))));
        incident.put("description", "d".repeat(10_001));
        as("mentor1").body(incident).post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem(containsString("description")));
    }

    @Test
    @InvalidRequestsOnPurpose("query values over their maxLength")
    void queryValuesOverTheirMaxLengthAreRefusedByName() {
        as("mentor1").queryParam("groupCode", "g".repeat(21)).get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("groupCode"));
        as("mentor1").queryParam("studentId", "s".repeat(101)).get("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", hasItem("studentId"));
        asIntegrator().queryParam("groupCode", "g".repeat(21)).get("/api/v1/students").then().statusCode(400)
                .body("invalidParams.name", hasItem("groupCode"));
        asIntegrator().queryParam("cursor", "A".repeat(2001)).get("/api/v1/students").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("cursor"));
    }

    @Test
    void aCaseInvolvesAtMostOneHundredStudents() {
        CaseJourney journey = CaseJourney.open(); // one student: the bystander
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            students.add(CaseJourney.newStudent("2B"));
        }
        for (int from = 0; from < 99; from += 50) {
            List<Map<String, String>> named = students.subList(from, Math.min(from + 50, 99)).stream()
                    .map(s -> Map.of("studentId", s, "role", "AFZIJDIG")).toList();
            as("mentor1").body(CaseJourney.incident(named)).post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
        }
        as("mentor1").get("/api/v1/cases/" + journey.id).then().statusCode(200).body("involvements.size()", equalTo(100));

        as("mentor1").body(Map.of("studentId", students.get(99), "role", "AFZIJDIG"))
                .post("/api/v1/cases/" + journey.id + "/involvements").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("case-involvement-limit"));
        as("mentor1").body(CaseJourney.incident(List.of(Map.of("studentId", students.get(99), "role", "AFZIJDIG"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(422)
                .body("code", equalTo("case-involvement-limit"));
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("involvements.size()", equalTo(100));
    }
}
