package nl.pestprotocol.roster;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.roster.RosterCalls.Answer;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.RosterStaff;
import nl.pestprotocol.support.Tokens;

/** Spec §11, the rules of {@code POST /roster/sync} one by one, on small rosters. */
@QuarkusTest
class RosterSyncRulesTest extends ApiTest {

    private static Map<String, Object> staff(String externalId, String username, String familyName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", externalId);
        m.put("username", username);
        m.put("givenName", "Joke");
        m.put("familyName", familyName);
        return m;
    }

    private static Map<String, Object> group(String code, String schoolYear, String... mentors) {
        return new LinkedHashMap<>(Map.of("code", code, "department", "onderbouw", "schoolYear", schoolYear, "mentors",
                List.of(mentors)));
    }

    private static Map<String, Object> student(String externalId, String givenName, String groupCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", externalId);
        m.put("givenName", givenName);
        m.put("familyName", "de Vries");
        m.put("groupCode", groupCode);
        return m;
    }

    private static Set<String> names(Answer a) {
        return new TreeSet<>(a.json().getList("invalidParams.name", String.class));
    }

    @Test
    void everyInvalidItemIsListedByItsJsonPointerAndNothingOfTheRequestIsApplied() {
        String t = RosterStaff.fresh("r").substring(2);
        String fingerprint = RosterCalls.fingerprint();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", "DELTA");
        body.put("staff", List.of(staff("mw-a-" + t, "a" + t, "Jansen"), staff("mw-b-" + t, "b" + t, " "),
                staff("mw-c-" + t, "a" + t, "Bakker"), staff("mw-d-" + t, "mentor1", "Visser")));
        body.put("groups", List.of(group("1A-" + t, "2026-2027", "mw-a-" + t), group("1B-" + t, "2026-2027", "mw-nobody-" + t),
                group("1C-" + t, "2026/2027", "mw-a-" + t)));
        body.put("students", List.of(student("L-" + t + "-1", "Sanne", "1A-" + t), student("L-" + t + "-2", "Daan", "ZZ-" + t),
                student("L-" + t + "-1", "Emma", "1A-" + t), student("L-" + t + "-4", null, "1A-" + t)));
        Answer a = RosterCalls.send("/api/v1/roster/sync", "application/json", json(body), Tokens.integrator(), false);
        assertEquals(422, a.status(), a.body());
        assertEquals("invalid-items", a.json().getString("code"));
        assertEquals(new TreeSet<>(List.of("/staff/1/familyName", "/staff/2/username", "/staff/3/username", "/groups/1/mentors/0",
                "/groups/2/schoolYear", "/students/1/groupCode", "/students/2/externalId", "/students/3/givenName")), names(a));
        assertEquals(fingerprint, RosterCalls.fingerprint(), "the valid items of the request are not applied either");
    }

    @Test
    void studentsGroupsAndStaffMayComeInAnyOrderAndNameEachOtherInOneRequest() {
        String t = RosterStaff.fresh("r").substring(2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("students", List.of(student("L-" + t + "-1", "Sanne", "2B-" + t)));
        body.put("groups", List.of(group("2B-" + t, "2026-2027", "mw-m-" + t)));
        body.put("staff", List.of(staff("mw-m-" + t, "m" + t, "Mulder")));
        body.put("mode", "DELTA");
        Answer a = RosterCalls.sync(body, false);
        assertEquals(200, a.status(), a.body());
        assertEquals(List.of("L-" + t + "-1"), a.json().getList("students.created.ids"));
        assertEquals(List.of("2B-" + t), a.json().getList("groups.created.ids"));
        assertEquals(List.of("mw-m-" + t), a.json().getList("staff.created.ids"));
        asIntegrator().get("/api/v1/groups/2B-" + t).then().statusCode(200).body("mentors[0].id", equalTo("mw-m-" + t));
        asIntegrator().get("/api/v1/students/L-" + t + "-1").then().statusCode(200).body("groupCode", equalTo("2B-" + t));
    }

    @Test
    void twoStaffMembersMaySwapUsernamesInOneSync() {
        String t = RosterStaff.fresh("r").substring(2);
        Map<String, Object> first = new HashMap<>(Map.of("mode", "DELTA", "staff",
                List.of(staff("mw-x-" + t, "x" + t, "Smit"), staff("mw-y-" + t, "y" + t, "Vos"))));
        assertEquals(200, RosterCalls.sync(first, false).status());
        Map<String, Object> swap = new HashMap<>(Map.of("mode", "DELTA", "staff",
                List.of(staff("mw-x-" + t, "y" + t, "Smit"), staff("mw-y-" + t, "x" + t, "Vos"))));
        Answer a = RosterCalls.sync(swap, false);
        assertEquals(200, a.status(), a.body());
        assertEquals(2, a.json().getInt("staff.updated.count"));
        asIntegrator().get("/api/v1/staff/mw-x-" + t).then().statusCode(200).body("username", equalTo("y" + t));
    }

    @Test
    void aFullSyncLeavesTheKindsItDoesNotSendAlone() {
        String t = RosterStaff.fresh("r").substring(2);
        long active = RosterCalls.count("select count(*) from student where active");
        long activeStaff = RosterCalls.count("select count(*) from staff where active");
        Map<String, Object> body = Map.of("mode", "FULL", "groups", List.of(group("3C-" + t, "2026-2027")));
        Answer a = RosterCalls.sync(body, false);
        assertEquals(200, a.status(), a.body());
        assertEquals(0, a.json().getInt("students.left.count"));
        assertEquals(0, a.json().getInt("staff.left.count"));
        assertEquals(active, RosterCalls.count("select count(*) from student where active"));
        assertEquals(activeStaff, RosterCalls.count("select count(*) from staff where active"));
    }

    @Test
    void onlyTheIntegratorAndTheBeheerderMaySyncTheRoster() {
        Map<String, Object> body = Map.of("mode", "DELTA", "students", List.of());
        as("mentor1").body(body).post("/api/v1/roster/sync").then().statusCode(403);
        as("oc1").body(body).post("/api/v1/roster/sync").then().statusCode(403);
        as("beheer1").body(body).queryParam("dryRun", "true").post("/api/v1/roster/sync").then().statusCode(200)
                .body("dryRun", equalTo(true));
        asIntegrator().body(body).post("/api/v1/roster/sync").then().statusCode(200).body("dryRun", equalTo(false));
    }

    @Test
    @nl.pestprotocol.support.InvalidRequestsOnPurpose("dryRun is a boolean in the contract; the service must refuse other values")
    void dryRunIsTrueOrFalse() {
        asIntegrator().body(Map.of("mode", "DELTA")).queryParam("dryRun", "yes").post("/api/v1/roster/sync").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("dryRun"));
    }

    @Test
    void theSyncHasItsOwnBodyLimitWhileEveryOtherPathKeepsOneMebibyte() {
        byte[] big = padded(17 * 1024 * 1024);
        Answer sync = RosterCalls.send("/api/v1/roster/sync", "application/json", big, Tokens.integrator(), false);
        assertEquals(413, sync.status());
        assertEquals("The request body is larger than 16 MiB.", sync.json().getString("detail"));
        byte[] twoMib = padded(2 * 1024 * 1024);
        Answer accepted = RosterCalls.send("/api/v1/roster/sync?dryRun=true", "application/json", twoMib, Tokens.integrator(), false);
        assertEquals(200, accepted.status(), "2 MiB is within the sync's limit");
        Answer elsewhere = RosterCalls.send("/api/v1/cases", "application/json", twoMib, Tokens.integrator(), false);
        assertEquals(413, elsewhere.status());
        assertEquals("The request body is larger than 1 MiB.", elsewhere.json().getString("detail"));
    }

    /** A valid DELTA sync of no one, padded with spaces to {@code size} bytes. */
    private static byte[] padded(int size) {
        String head = "{\"mode\":\"DELTA\",\"students\":[]";
        StringBuilder b = new StringBuilder(size).append(head);
        while (b.length() < size - 1) {
            b.append(' ');
        }
        return b.append('}').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] json(Object body) {
        try {
            return RosterCalls.JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
