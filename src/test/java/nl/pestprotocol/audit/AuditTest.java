package nl.pestprotocol.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** Spec §2 audit log: every read and write of case data, append-only in the database. */
@QuarkusTest
class AuditTest extends ApiTest {

    @Inject
    DataSource dataSource;

    private static JsonPath audit(String caseId) {
        return as("oc1").queryParam("limit", 100).get("/api/v1/cases/" + caseId + "/audit").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void aMentorsReadShowsInTheAuditWithRoleActionAndRequestId() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").header("X-Request-Id", "read-by-mentor1-" + journey.bystander).get("/api/v1/cases/" + journey.id).then()
                .statusCode(200).header("X-Request-Id", equalTo("read-by-mentor1-" + journey.bystander));
        JsonPath entries = audit(journey.id);
        Map<String, Object> read = entries.getMap("items.find { it.requestId == 'read-by-mentor1-" + journey.bystander + "' }");
        org.junit.jupiter.api.Assertions.assertEquals("mentor1", read.get("username"));
        org.junit.jupiter.api.Assertions.assertEquals("mentor", read.get("role"));
        org.junit.jupiter.api.Assertions.assertEquals("GET /api/v1/cases/{id}", read.get("action"));
        assertTrue(((String) read.get("subject")).length() > 10, "subject is the token's sub");
    }

    @Test
    void writesAndListsAreAuditedToo() {
        CaseJourney journey = CaseJourney.open();
        journey.involve(journey.gepeste, "GEPESTE");
        as("lc1").header("X-Request-Id", "list-" + journey.bystander).queryParam("studentId", journey.bystander)
                .get("/api/v1/cases").then().statusCode(200);
        JsonPath entries = audit(journey.id);
        assertTrue(entries.getList("items.action").contains("POST /api/v1/cases"));
        assertTrue(entries.getList("items.action").contains("POST /api/v1/cases/{id}/involvements"));
        assertTrue(entries.getList("items.requestId").contains("list-" + journey.bystander));
    }

    @Test
    void everyCaseInAListResponseIsAuditedUnderOneRequest() {
        String student = CaseJourney.newStudent("1A");
        for (int i = 0; i < 3; i++) {
            as("mentor1").body(Map.of("summary", "Lijst", "incident",
                    CaseJourney.incident(List.of(Map.of("studentId", student, "role", "GEPESTE"))))).post("/api/v1/cases");
        }
        List<String> ids = as("mentor1").header("X-Request-Id", "batch-" + student).queryParam("studentId", student)
                .get("/api/v1/cases").then().body("items", hasSize(3)).extract().path("items.id");
        for (String id : ids) {
            as("oc1").get("/api/v1/cases/" + id + "/audit").then().body("items.requestId", hasItem("batch-" + student));
        }
    }

    @Test
    void onlyTheOndersteuningscoordinatorReadsTheAudit() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").get("/api/v1/cases/" + journey.id + "/audit").then().statusCode(403);
        as("lc1").get("/api/v1/cases/" + journey.id + "/audit").then().statusCode(403);
    }

    @Test
    void theApplicationsDatabaseRoleCannotUpdateOrDeleteAuditRows() throws SQLException {
        CaseJourney.open();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update audit_entry set username = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_entry"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
    }
}
