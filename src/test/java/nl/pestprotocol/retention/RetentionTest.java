package nl.pestprotocol.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.support.TestCalendar;
import nl.pestprotocol.support.TestClock;
import nl.pestprotocol.workflow.Rule;
import nl.pestprotocol.workflow.TransitionTable;

/**
 * Retention with a controllable clock (spec §10): exactly the cases the rule selects lose their
 * personal content, their pupils who left lose their own record too, and afterwards no row of any
 * table links those pupils to the case, while the case stays countable.
 */
@QuarkusTest
class RetentionTest extends ApiTest {

    /** Two school years and a bit: past the default retention period of P2Y after leaving. */
    private static final Duration PAST_RETENTION = Duration.ofDays(2 * 366 + 20);

    @Inject
    RetentionService retention;

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static void leaves(String student, LocalDate on) {
        leaves(student, on, null);
    }

    private static void leaves(String student, LocalDate on, String eckId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("givenName", "Test", "familyName", student, "groupCode", "1A",
                "active", false, "leftOn", on.toString()));
        if (eckId != null) {
            body.put("eckId", eckId);
        }
        as("beheer1").body(body).put("/api/v1/students/" + student).then().statusCode(200);
    }

    private static List<String> preview() {
        return as("beheer1").get("/api/v1/retention/preview").then().statusCode(200).extract().path("caseId");
    }

    private static String everything(String caseId) {
        StringBuilder all = new StringBuilder();
        for (String part : List.of("", "/incidents", "/conversations", "/agreements", "/actions", "/sign-offs", "/measures",
                "/timeline", "/analysis")) {
            all.append(as("oc1").get("/api/v1/cases/" + caseId + part).then().statusCode(200).extract().asString());
        }
        return all.toString();
    }

    @Test
    void onlyClosedCasesWhosePupilsAllLeftLongEnoughAgoLoseTheirPersonalContent() {
        LocalDate leftOn = LocalDate.now().minusDays(10);
        CaseJourney selected = CaseJourney.open().reach(Step.AFGESLOTEN);
        List.of(selected.bystander, selected.gepeste, selected.pester).forEach(s -> leaves(s, leftOn));
        CaseJourney pupilStillAtSchool = CaseJourney.open().reach(Step.AFGESLOTEN);
        List.of(pupilStillAtSchool.bystander, pupilStillAtSchool.gepeste).forEach(s -> leaves(s, leftOn));
        CaseJourney stillOpen = CaseJourney.open().reach(Step.ANALYSEREN);
        List.of(stillOpen.bystander, stillOpen.gepeste).forEach(s -> leaves(s, leftOn));

        assertFalse(preview().contains(selected.id), "within the retention period nothing is selected");

        JsonPath before = as("oc1").get("/api/v1/cases/" + selected.id).then().extract().jsonPath();
        List<String> typesBefore = Pages.all("oc1", "/api/v1/cases/" + selected.id + "/timeline", "type");

        TestClock.shift(PAST_RETENTION);
        assertEquals(List.of(selected.id), preview());
        assertEquals(1, retention.run().cases());

        as("oc1").get("/api/v1/cases/" + selected.id).then().statusCode(200)
                .body("summary", equalTo("[verwijderd]")).body("involvements.size()", equalTo(0))
                .body("owner", nullValue()).body("openedBy", nullValue()).body("closeReason", nullValue())
                .body("step", equalTo(before.getString("step"))).body("level", equalTo(before.getString("level")))
                .body("forms", equalTo(before.getList("forms"))).body("openedAt", equalTo(before.getString("openedAt")))
                .body("closedAt", equalTo(before.getString("closedAt"))).body("counts", equalTo(before.getMap("counts")));
        assertEquals(typesBefore, Pages.<String>all("oc1", "/api/v1/cases/" + selected.id + "/timeline", "type"));
        String content = everything(selected.id);
        for (String personal : List.of(selected.bystander, selected.gepeste, selected.pester, "Journey", "Uitgescholden",
                "Gesprek gevoerd", "Niet meer schelden", "Marieke", "mentor1", "lc1", "oc1", "Reden")) {
            assertFalse(content.contains(personal), () -> "still holds '" + personal + "': " + content);
        }
        assertTrue(content.contains("\"severity\":\"MIDDEN\""), "anonymous facts of the analysis stay");

        as("oc1").get("/api/v1/cases/" + pupilStillAtSchool.id).then().body("summary", startsWith("Journey "))
                .body("involvements.size()", equalTo(3));
        as("oc1").get("/api/v1/cases/" + stillOpen.id).then().body("summary", startsWith("Journey "))
                .body("involvements.size()", equalTo(2));
        assertFalse(preview().contains(selected.id), "an anonymised case is not selected again");

        // the leaver rule: the pupils of the anonymised case lose their own record; those a kept case names keep it
        for (String gone : List.of(selected.bystander, selected.gepeste, selected.pester)) {
            as("beheer1").get("/api/v1/students/" + gone).then().statusCode(404);
        }
        as("beheer1").get("/api/v1/students/" + pupilStillAtSchool.gepeste).then().statusCode(200)
                .body("familyName", equalTo(pupilStillAtSchool.gepeste));
        as("beheer1").get("/api/v1/students/" + stillOpen.bystander).then().statusCode(200)
                .body("familyName", equalTo(stillOpen.bystander));
    }

    @Test
    void afterRetentionAndTheLeaverRuleNoTableHoldsThePupilsNamesIdsOrTheCasesFreeText() throws SQLException {
        String m = "m" + UUID.randomUUID().toString().substring(0, 8);
        CaseJourney j = CaseJourney.open();
        List<String> pupils = List.of(j.bystander, j.gepeste, j.pester);
        // free text that only this case holds, in every kind of record
        as("mentor1").body(Map.of("occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).toString(), "reporterType", "OUDER",
                "reporterName", "Melder " + m, "location", "Gang " + m, "forms", List.of("DIGITAAL"), "description",
                "Incident " + m, "students", List.of(Map.of("studentId", j.bystander, "role", "AFZIJDIG"))))
                .post("/api/v1/cases/" + j.id + "/incidents").then().statusCode(201);
        j.reach(Step.ANALYSEREN);
        step(j, Step.ANALYSEREN, Step.PLAN, null, () -> {
            as("mentor1").body(Map.of("severity", "MIDDEN", "how", "Hoe " + m, "forms", List.of("VERBAAL"), "groupRole",
                    "Groep " + m, "duration", "Duur " + m, "previousInterventions", "Eerder " + m))
                    .put("/api/v1/cases/" + j.id + "/analysis").then().statusCode(200);
            as("mentor1").body(Map.of("type", "GEPESTE", "heldAt", Instant.now().minus(3, ChronoUnit.HOURS).toString(),
                    "studentIds", List.of(j.gepeste), "notes", "Notitie " + m, "otherParticipants", List.of("Ouder " + m),
                    "guideAnswers", Map.of("DOOR_WIE", "Dader " + m))).post("/api/v1/cases/" + j.id + "/conversations").then()
                    .statusCode(201);
        }, "Reden " + m);
        step(j, Step.PLAN, Step.UITVOEREN, null, () -> as("mentor1").body(Map.of("term", "KORT", "track", "PESTER",
                "description", "Actie " + m, "assigneeId", "mw-mentor1", "studentIds", List.of(j.pester)))
                .post("/api/v1/cases/" + j.id + "/actions").then().statusCode(201), "Uitvoeren " + m);
        String[] agreement = new String[1];
        step(j, Step.UITVOEREN, Step.EVALUATIE, null, () -> agreement[0] = as("mentor1").body(Map.of("description",
                "Afspraak " + m, "partyIds", List.of(j.gepeste, j.pester), "reviewOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/cases/" + j.id + "/agreements").then().statusCode(201).extract().path("id"), "Evaluatie " + m);
        step(j, Step.EVALUATIE, Step.VERVOLGSTAPPEN, null, () -> { }, "Vervolg " + m);
        step(j, Step.VERVOLGSTAPPEN, Step.EVALUATIE, Rule.MEASURE_REQUIRED, () -> {
            TestCalendar.ensure();
            io.restassured.response.Response measure = as("lc1").body(Map.of("type", "SCHORSING", "studentId", j.pester,
                    "startOn", TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Maatregel " + m))
                    .post("/api/v1/cases/" + j.id + "/measures").then().statusCode(201).extract().response();
            as("lc1").header("If-Match", measure.header("ETag"))
                    .body(Map.of("parentsNotifiedInWritingAt", Instant.now().minusSeconds(60).toString()))
                    .patch("/api/v1/cases/" + j.id + "/measures/" + measure.path("id")).then().statusCode(200);
        }, "Terug " + m);
        step(j, Step.EVALUATIE, Step.AFGESLOTEN, Rule.MENTOR_SIGN_OFF_REQUIRED, () -> {
            as("mentor1").body(Map.of("signAs", "MENTOR", "outcome", "EFFECT_BEHAALD", "notes", "Oordeel " + m))
                    .post("/api/v1/cases/" + j.id + "/sign-offs").then().statusCode(201);
            j.communicate(agreement[0]);
        }, "Afsluiting " + m);

        JsonPath before = as("oc1").get("/api/v1/cases/" + j.id).then().statusCode(200).extract().jsonPath();
        String summary = before.getString("summary");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < pupils.size(); i++) {
            // the exports are audited with the pupil's internal id, a link retention has to remove
            as("oc1").get("/api/v1/students/" + pupils.get(i) + "/export").then().statusCode(200);
            leaves(pupils.get(i), LocalDate.now().minusDays(10), "eck-" + m + "-" + i);
            ids.add(query("select id from student where external_id = ?", pupils.get(i)).get(0).get(0));
        }
        assertFalse(query("select id from audit_entry where student_id = any(cast(? as uuid[]))",
                (Object) ids.toArray(new String[0])).isEmpty(), "the exports were audited with the pupils' ids");

        TestClock.shift(PAST_RETENTION);
        RetentionService.Report report = retention.run();
        assertTrue(report.cases() >= 1 && report.students() >= 3, report::toString);

        // countable: per involvement the role, department and year group stay, without the pupil
        assertEquals(List.of(List.of("AFZIJDIG", "onderbouw", "1", "-"), List.of("GEPESTE", "onderbouw", "1", "-"),
                List.of("PESTER", "onderbouw", "1", "-")), query("select role, department, year_group,"
                        + " coalesce(cast(student_id as text), '-') from involvement where case_id = cast(? as uuid) order by role",
                        j.id));
        as("oc1").get("/api/v1/cases/" + j.id).then().statusCode(200).body("counts", equalTo(before.getMap("counts")))
                .body("step", equalTo("AFGESLOTEN"));

        // the pupils' own records keep nothing that identifies them
        for (List<String> row : query("select given_name, family_name, external_id, eck_id, group_code from student"
                + " where id = any(cast(? as uuid[]))", (Object) ids.toArray(new String[0]))) {
            assertFalse(pupils.contains(row.get(2)), () -> "external id kept: " + row);
            assertNull(row.get(3), () -> "ECK iD kept: " + row);
            assertTrue(pupils.stream().noneMatch(p -> row.get(1).contains(p)), () -> "name kept: " + row);
        }

        // a full dump: no text in any table holds their names, ids or the case's free text,
        // and no uuid column except the student row's own key refers to them
        List<String> needles = new ArrayList<>(pupils);
        needles.add(m);
        needles.add(summary);
        assertEquals(List.of(), columnsHolding(needles, ids));
    }

    /** Walks one step of the main path, with extra records of this test before the transition. */
    private static void step(CaseJourney j, Step from, Step to, Rule skip, Runnable extra, String reason) {
        j.prepare(TransitionTable.find(from, to).orElseThrow(), skip);
        extra.run();
        j.transition(CaseJourney.LC, to, reason).then().statusCode(200).body("step", equalTo(to.name()));
    }

    /** Every table.column of the schema whose values contain a needle (text) or equal an id (uuid), read from the catalogue. */
    private List<String> columnsHolding(List<String> needles, List<String> ids) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<List<String>> columns = query(c, """
                    select c.table_name, c.column_name, c.data_type from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'uuid', 'ARRAY')
                    order by 1, 2""");
            assertTrue(columns.size() > 50, "the catalogue lists the schema's columns");
            Array patterns = c.createArrayOf("text", needles.stream().map(n -> "%" + n + "%").toArray());
            Array uuids = c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
            for (List<String> col : columns) {
                String table = col.get(0);
                String column = col.get(1);
                boolean uuid = col.get(2).equals("uuid");
                if (uuid && table.equals("student") && column.equals("id")) {
                    continue;
                }
                String sql = "select count(*) from \"" + table + "\" where " + (uuid ? "\"" + column + "\" = any(?)"
                        : "cast(\"" + column + "\" as text) like any(?)");
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setArray(1, uuid ? uuids : patterns);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<List<String>> query(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, params);
        }
    }

    private static List<List<String>> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void thePreviewIsForTheBeheerderAndShowsNoCaseContent() {
        as("oc1").get("/api/v1/retention/preview").then().statusCode(403);
        as("beheer1").get("/api/v1/retention/preview").then().statusCode(200);
    }
}
