package nl.pestprotocol.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.retention.RetentionService;
import nl.pestprotocol.support.CaseJourney;

/** Spec §2 audit log: every read and write of case data, append-only in the database. */
@QuarkusTest
class AuditTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    RetentionService retention;

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
        assertEquals("mentor1", read.get("username"));
        assertEquals("mentor", read.get("role"));
        assertEquals("GET /api/v1/cases/{caseId}", read.get("action"));
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
        assertTrue(entries.getList("items.action").contains("POST /api/v1/cases/{caseId}/involvements"));
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

    private List<String[]> rows(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String[]> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] row = new String[r.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private String studentId(String externalId) throws SQLException {
        return rows("select id from student where external_id = ?", externalId).get(0)[0];
    }

    @Test
    void anOperationOnAPupilIsAuditedAsItsRouteTemplateWithThePupilsInternalIdApart() throws SQLException {
        CaseJourney journey = CaseJourney.open();
        journey.involve(journey.gepeste, "GEPESTE");
        String removal = "removal-" + UUID.randomUUID();
        as("mentor1").header("X-Request-Id", removal).delete("/api/v1/cases/" + journey.id + "/involvements/" + journey.gepeste)
                .then().statusCode(200);
        String export = "export-" + UUID.randomUUID();
        as("oc1").header("X-Request-Id", export).get("/api/v1/students/" + journey.bystander + "/export").then().statusCode(200);

        List<String[]> removed = rows("select action, student_id from audit_entry where request_id = ?", removal);
        assertEquals(1, removed.size());
        assertEquals("DELETE /api/v1/cases/{caseId}/involvements/{studentId}", removed.get(0)[0]);
        assertEquals(studentId(journey.gepeste), removed.get(0)[1]);
        List<String[]> exported = rows("select action, student_id from audit_entry where request_id = ?", export);
        assertEquals(1, exported.size());
        assertEquals("GET /api/v1/students/{externalId}/export", exported.get(0)[0]);
        assertEquals(studentId(journey.bystander), exported.get(0)[1]);
        for (String pupil : List.of(journey.gepeste, journey.bystander)) {
            assertEquals(List.of(), rows("select action from audit_entry where action like ? or request_id like ? or username like ?",
                    "%" + pupil + "%", "%" + pupil + "%", "%" + pupil + "%"), "no audit row names " + pupil);
        }
    }

    private void insertAuditEntry(String caseId, Instant at, String requestId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into audit_entry"
                + " (at, subject, username, role, action, case_id, request_id) values (?, 's', 'oc1', 'ondersteuningscoordinator',"
                + " 'GET /api/v1/cases/{caseId}', cast(? as uuid), ?)")) {
            s.setObject(1, java.sql.Timestamp.from(at));
            s.setString(2, caseId);
            s.setString(3, requestId);
            s.executeUpdate();
        }
    }

    @Test
    void theRetentionJobDeletesAuditEntriesOnlyOnceTheyAreOlderThanTheAuditPeriod() throws SQLException {
        CaseJourney journey = CaseJourney.open();
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        insertAuditEntry(journey.id, Instant.now().minus(5 * 366 + 2, ChronoUnit.DAYS), old);
        insertAuditEntry(journey.id, Instant.now().minus(5 * 365 - 2, ChronoUnit.DAYS), recent);

        retention.run();

        assertEquals(List.of(), rows("select id from audit_entry where request_id = ?", old), "older than P5Y: deleted");
        assertEquals(1, rows("select id from audit_entry where request_id = ?", recent).size(), "younger than P5Y: kept");
    }

    @Test
    void noOtherPathDeletesOrChangesAnAuditEntryEvenAnOldOne() throws SQLException {
        CaseJourney journey = CaseJourney.open();
        String old = "old-" + UUID.randomUUID();
        insertAuditEntry(journey.id, Instant.now().minus(20 * 365, ChronoUnit.DAYS), old);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("delete from audit_entry where request_id = '" + old + "'",
                    "update audit_entry set student_id = null where request_id = '" + old + "'",
                    "update audit_entry set student_id = gen_random_uuid() where request_id = '" + old + "'")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            // even inside the unlinking that retention uses, nothing but the pupil link may change
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('pestprotocol.audit_unlink', 'on', true)");
                SQLException refused = assertThrows(SQLException.class,
                        () -> s.executeUpdate("update audit_entry set username = 'x' where request_id = '" + old + "'"));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        assertEquals(1, rows("select id from audit_entry where request_id = ?", old).size());
    }
}
