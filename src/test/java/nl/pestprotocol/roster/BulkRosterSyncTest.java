package nl.pestprotocol.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.roster.RosterCalls.Answer;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.SchoolRoster;
import nl.pestprotocol.support.SchoolRoster.Pupil;

/**
 * Spec §11: a school board's roster (20,000 pupils) in one request, in seconds, with a fixed number
 * of SQL statements; then a re-sync with 300 changes and 50 leavers, as DELTA and as FULL, each
 * first as a dry run that changes nothing. The steps build on each other, so they run in order.
 * Every FULL sync sends the roster that was there before this class along (the demo roster and
 * other tests' people), so only this school's pupils are missing from it on purpose.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkRosterSyncTest extends ApiTest {

    private static final int PUPILS = 20_000;
    /** Bulk statements: the count must not grow with the number of rows (one statement per row would be 20,000+). */
    private static final long MAX_STATEMENTS = 40;
    private static final String TAG = "bk20";
    private static SchoolRoster school;
    private static Map<String, List<Map<String, Object>>> before;
    /** What other test classes left on the roster that the sync refuses: not sent along, so the first FULL sync marks it left. */
    private static Map<String, java.util.Set<Object>> leftOut;
    private static final List<String> FIGURES = new ArrayList<>();

    @BeforeAll
    static void school() {
        school = SchoolRoster.generate(TAG, PUPILS, 20_000L);
        before = RosterCalls.current();
    }

    @AfterAll
    static void report() {
        System.out.println("ROSTER-SYNC-FIGURES\n  " + String.join("\n  ", FIGURES));
        RosterCalls.restore(before);
    }

    /** This school as a sync body, with the roster that was there before sent along. */
    private static Map<String, Object> body(String mode, List<Map<String, Object>> pupils) {
        if (leftOut == null) { // asked over HTTP: the service answers from the first test on, not yet in @BeforeAll
            leftOut = RosterCalls.keepWhatTheSyncAccepts(before);
        }
        Map<String, Object> body = new LinkedHashMap<>(school.syncBody(mode));
        List<Object> students = new ArrayList<>(before.get("students"));
        students.addAll(pupils);
        List<Object> groups = new ArrayList<>(before.get("groups"));
        groups.addAll((List<?>) body.get("groups"));
        List<Object> staff = new ArrayList<>(before.get("staff"));
        staff.addAll((List<?>) body.get("staff"));
        body.put("students", students);
        body.put("groups", groups);
        body.put("staff", staff);
        return body;
    }

    private static List<Map<String, Object>> pupils() {
        List<Map<String, Object>> out = new ArrayList<>();
        school.pupils.forEach(p -> out.add(SchoolRoster.json(p)));
        return out;
    }

    private static long schoolPupils(String where) {
        return RosterCalls.count("select count(*) from student where external_id like 'L" + TAG + "-%'" + where);
    }

    @Test
    @Order(1)
    void aFullSyncOfTwentyThousandPupilsCreatesThemAllInOneRequestWithAFixedNumberOfStatements() {
        Answer a = RosterCalls.sync(body("FULL", pupils()), false);
        FIGURES.add("full sync, 20,000 new pupils, " + school.groups.size() + " groups, " + school.staff.size() + " staff: "
                + a.figures());
        assertEquals(200, a.status(), a.body());
        JsonPath r = a.json();
        assertEquals(PUPILS, r.getInt("students.created.count"));
        assertEquals(PUPILS, r.getList("students.created.ids").size());
        assertEquals(school.groups.size(), r.getInt("groups.created.count"));
        assertEquals(school.staff.size(), r.getInt("staff.created.count"));
        assertTrue(leftOut.get("students").containsAll(r.getList("students.left.ids")), "everyone who was there before was sent along");
        assertTrue(leftOut.get("staff").containsAll(r.getList("staff.left.ids")));
        assertEquals(PUPILS, schoolPupils(" and active and left_on is null"));
        assertEquals(school.groups.size(), RosterCalls.count("select count(distinct group_code) from group_mentor"
                + " where group_code like '%-" + TAG + "'"), "every group has its mentors");
        assertTrue(a.statements() <= MAX_STATEMENTS, a.figures());
    }

    /** 300 changed pupils (100 moved to another group, 100 renamed, 100 with a new ECK iD) and 50 leavers. */
    private static List<Map<String, Object>> changed(int offset, boolean leaversSent) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < school.pupils.size(); i++) {
            Pupil p = school.pupils.get(i);
            Map<String, Object> m = SchoolRoster.json(p);
            int k = i - offset;
            if (k >= 0 && k < 100) {
                m.put("groupCode", school.groups.get((i + 1) % school.groups.size()).code());
            } else if (k >= 100 && k < 200) {
                m.put("familyName", p.familyName() + "-Jansen");
            } else if (k >= 200 && k < 300) {
                m.put("eckId", p.eckId() + "0");
            } else if (k >= 300 && k < 350) {
                if (!leaversSent) {
                    continue;
                }
                m.put("active", false);
                m.put("leftOn", "2026-12-01");
            }
            out.add(m);
        }
        return out;
    }

    private static Set<String> ids(JsonPath r, String path) {
        return new HashSet<>(r.getList(path, String.class));
    }

    private static Set<String> expected(int offset, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < to; k++) {
            out.add(school.pupils.get(offset + k).externalId());
        }
        return out;
    }

    @Test
    @Order(2)
    void aDryRunOfADeltaWithChangesAndLeaversAnswersWhatWouldChangeAndChangesNothing() {
        String fingerprint = RosterCalls.fingerprint();
        Answer a = RosterCalls.sync(Map.of("mode", "DELTA", "students", changed(1000, true)), true);
        FIGURES.add("delta dry run, 300 changes + 50 leavers sent: " + a.figures());
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().getBoolean("dryRun"));
        assertEquals(expected(1000, 0, 350), ids(a.json(), "students.updated.ids"));
        assertEquals(PUPILS - 350, a.json().getInt("students.unchanged"));
        assertEquals(fingerprint, RosterCalls.fingerprint(), "a dry run changes nothing");
        assertTrue(a.statements() <= MAX_STATEMENTS, a.figures());
    }

    @Test
    @Order(3)
    void aDeltaSyncAppliesOnlyTheChangesAndRecordsTheLeaversItNames() {
        Answer a = RosterCalls.sync(Map.of("mode", "DELTA", "students", changed(1000, true)), false);
        FIGURES.add("delta sync, 300 changes + 50 leavers: " + a.figures());
        assertEquals(200, a.status(), a.body());
        assertEquals(350, a.json().getInt("students.updated.count"));
        assertEquals(0, a.json().getInt("students.created.count"));
        assertEquals(0, a.json().getInt("students.left.count"), "DELTA never marks anyone missing as left");
        assertEquals(50, schoolPupils(" and not active and left_on = date '2026-12-01'"));
        assertEquals(100, schoolPupils(" and family_name like '%-Jansen'"));
        assertEquals(PUPILS, schoolPupils(""));
        assertTrue(a.statements() <= MAX_STATEMENTS, a.figures());
    }

    @Test
    @Order(4)
    void aDryRunOfAFullSyncAnswersWhoWouldLeaveAndChangesNothing() {
        String fingerprint = RosterCalls.fingerprint();
        Answer a = RosterCalls.sync(body("FULL", changed(5000, false)), true);
        FIGURES.add("full dry run, 300 changes + 50 missing: " + a.figures());
        assertEquals(200, a.status(), a.body());
        // the changes of step 3 are undone by sending the generated school again, so they count as changes too
        Set<String> updated = ids(a.json(), "students.updated.ids");
        assertTrue(updated.containsAll(expected(5000, 0, 300)));
        assertEquals(expected(5000, 300, 350), ids(a.json(), "students.left.ids"));
        assertEquals(fingerprint, RosterCalls.fingerprint(), "a dry run changes nothing");
    }

    @Test
    @Order(5)
    void aFullSyncMarksThePupilsItNoLongerListsAsLeftAndNeverDeletesThem() {
        Answer a = RosterCalls.sync(body("FULL", changed(5000, false)), false);
        FIGURES.add("full sync, 300 changes + 50 missing (and step 3's 350 put back): " + a.figures());
        assertEquals(200, a.status(), a.body());
        assertEquals(expected(5000, 300, 350), ids(a.json(), "students.left.ids"));
        assertEquals(0, a.json().getInt("staff.left.count"));
        assertEquals(PUPILS, schoolPupils(""), "nobody is deleted");
        assertEquals(50, schoolPupils(" and not active and left_on is not null and external_id in ("
                + String.join(",", expected(5000, 300, 350).stream().map(id -> "'" + id + "'").toList()) + ")"));
        assertEquals(PUPILS - 50, schoolPupils(" and active"));
        assertTrue(a.statements() <= MAX_STATEMENTS, a.figures());
    }

    @Test
    @Order(6)
    void repeatingTheSameFullSyncChangesNothing() {
        String fingerprint = RosterCalls.fingerprint();
        Answer a = RosterCalls.sync(body("FULL", changed(5000, false)), false);
        FIGURES.add("the same full sync again (no changes): " + a.figures());
        assertEquals(200, a.status(), a.body());
        assertEquals(0, a.json().getInt("students.updated.count") + a.json().getInt("students.created.count")
                + a.json().getInt("students.left.count") + a.json().getInt("staff.updated.count")
                + a.json().getInt("groups.updated.count"));
        assertEquals(fingerprint, RosterCalls.fingerprint());
    }
}
