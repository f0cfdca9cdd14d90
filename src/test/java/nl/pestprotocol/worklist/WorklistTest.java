package nl.pestprotocol.worklist;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.support.RosterStaff;
import nl.pestprotocol.support.TestCalendar;

/** Spec §13: the worklist of a user holds what needs their attention in the cases they can see, and nothing else. */
@QuarkusTest
class WorklistTest extends ApiTest {

    static final String MENTOR = CaseJourney.MENTOR;

    /** The worklist items of {@code user} about these cases, as "KIND case record" lines. */
    static Set<String> items(String user, Set<String> cases) {
        return Pages.all(user, "/api/v1/worklist").stream().filter(i -> cases.contains((String) i.get("caseId")))
                .map(i -> i.get("kind") + " " + i.get("caseId") + " " + (i.get("recordId") == null ? "-" : i.get("recordId")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String item(String kind, String caseId, String recordId) {
        return kind + " " + caseId + " " + (recordId == null ? "-" : recordId);
    }

    @Test
    void aMentorsWorklistShowsExactlyTheItemsOfTheCasesTheySeeOneOfEachKindAndNothingOfOtherCases() {
        LocalDate today = LocalDate.now();
        // owned: a new case the mentor opened
        CaseJourney owned = CaseJourney.open();
        // PM_2 without a coordinator: raised by hand while no GEPESTE names a department
        CaseJourney uncoordinated = CaseJourney.open();
        uncoordinated.escalate(CaseJourney.LC, Map.of("reason", "Ernstig")).then().statusCode(200)
                .body("level", equalTo("PM_2")).body("coordinator", nullValue());
        // in UITVOEREN: an agreement past its review, an action past its due date, a HERSTEL follow-up due
        CaseJourney executing = CaseJourney.open().reach(Step.UITVOEREN);
        String agreement = executing.agreement(today.minusDays(1));
        String action = as(MENTOR).body(Map.of("term", "KORT", "track", "GEPESTE", "description", "Dagelijks even checken",
                "assigneeId", "mw-mentor1", "studentIds", List.of(executing.gepeste), "dueOn", today.minusDays(2).toString()))
                .post("/api/v1/cases/" + executing.id + "/actions").then().statusCode(201).extract().path("id");
        Map<String, Object> herstel = new HashMap<>(Map.of("type", "HERSTEL", "heldAt", Instant.now().toString(), "studentIds",
                List.of(executing.gepeste, executing.pester), "notes", "Herstelgesprek", "safetyAssessed", true,
                "followUpOn", today.toString()));
        String conversation = as(MENTOR).body(herstel).post("/api/v1/cases/" + executing.id + "/conversations").then()
                .statusCode(201).extract().path("id");
        // in EVALUATIE, not yet signed by the mentor
        CaseJourney evaluating = CaseJourney.open().reach(Step.EVALUATIE);
        // in VERVOLGSTAPPEN with a suspension whose notifications are not recorded
        CaseJourney followingUp = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        TestCalendar.ensure();
        String measure = as(CaseJourney.LC).body(Map.of("type", "SCHORSING", "studentId", followingUp.pester, "startOn",
                TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                .post("/api/v1/cases/" + followingUp.id + "/measures").then().statusCode(201).extract().path("id");
        // owned by a mentor who has since left; the mentor sees it through a pupil of 1A
        RosterStaff leaver = RosterStaff.put("Vertrokken", Map.of());
        String group = RosterStaff.group("onderbouw", List.of(leaver.externalId));
        String victim = CaseJourney.newStudent(group);
        String bystander = CaseJourney.newStudent("1A");
        String orphaned = as(CaseJourney.LC).body(Map.of("summary", "Eigenaar vertrokken", "incident", CaseJourney.incident(List.of(
                Map.of("studentId", victim, "role", "GEPESTE"), Map.of("studentId", bystander, "role", "AFZIJDIG")))))
                .post("/api/v1/cases").then().statusCode(201).body("owner.id", equalTo(leaver.externalId)).extract().path("id");
        leaver.update("Vertrokken", Map.of("leftOn", today.minusDays(1).toString())).then().statusCode(200);
        // a case of mentor2's class only: not the mentor's
        String other = CaseJourney.newStudent("2B");
        String invisible = as("mentor2").body(Map.of("summary", "Alleen 2B", "incident",
                CaseJourney.incident(List.of(Map.of("studentId", other, "role", "AFZIJDIG"))))).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        String etag = as(CaseJourney.LC).get("/api/v1/cases/" + invisible).header("ETag");
        as(CaseJourney.LC).header("If-Match", etag).body(Map.of("reason", "Ernstig")).post("/api/v1/cases/" + invisible + "/escalations")
                .then().statusCode(200);

        Set<String> cases = Set.of(owned.id, uncoordinated.id, executing.id, evaluating.id, followingUp.id, orphaned, invisible);
        Set<String> expected = new TreeSet<>(List.of(
                item("OWNED_CASE", owned.id, null),
                item("OWNED_CASE", uncoordinated.id, null), item("NO_COORDINATOR", uncoordinated.id, null),
                item("OWNED_CASE", executing.id, null), item("AGREEMENT_REVIEW_DUE", executing.id, agreement),
                item("ACTION_OVERDUE", executing.id, action), item("HERSTEL_FOLLOW_UP_DUE", executing.id, conversation),
                item("OWNED_CASE", evaluating.id, null), item("SIGN_OFF_WAITING", evaluating.id, null),
                item("OWNED_CASE", followingUp.id, null), item("MEASURE_NOTIFICATION_MISSING", followingUp.id, measure),
                item("OWNER_LEFT", orphaned, null)));
        assertEquals(expected, items(MENTOR, cases));
        // the case the mentor cannot see is on the worklist of those who can
        assertEquals(Set.of(item("OWNED_CASE", invisible, null), item("NO_COORDINATOR", invisible, null)),
                items("mentor2", Set.of(invisible)));

        // once signed, the evaluation no longer waits for the mentor
        evaluating.signOff(MENTOR, "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
        assertTrue(!items(MENTOR, Set.of(evaluating.id)).contains(item("SIGN_OFF_WAITING", evaluating.id, null)));
    }

    @Test
    void eachItemHasItsDueDateAndALinkThatAnswers() {
        LocalDate today = LocalDate.now();
        CaseJourney executing = CaseJourney.open().reach(Step.UITVOEREN);
        String agreement = executing.agreement(today.minusDays(3));
        Map<String, Object> found = Pages.all(MENTOR, "/api/v1/worklist").stream()
                .filter(i -> agreement.equals(i.get("recordId"))).findFirst().orElseThrow();
        assertEquals(today.minusDays(3).toString(), found.get("dueOn"));
        assertEquals("/api/v1/cases/" + executing.id + "/agreements/" + agreement, found.get("link"));
        as(MENTOR).get((String) found.get("link")).then().statusCode(200);
    }

    @Test
    void theWorklistIsPagedAndRefusesRolesWithoutCases() {
        for (int i = 0; i < 3; i++) {
            CaseJourney.open();
        }
        String next = as(MENTOR).queryParam("limit", 2).get("/api/v1/worklist").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().path("next");
        as(MENTOR).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/worklist").then().statusCode(200);
        Set<String> all = Pages.all(MENTOR, "/api/v1/worklist").stream()
                .map(i -> i.get("kind") + " " + i.get("caseId") + " " + i.get("recordId")).collect(Collectors.toSet());
        assertEquals(Pages.all(MENTOR, "/api/v1/worklist").size(), all.size(), "no item twice across pages");
        as("beheer1").get("/api/v1/worklist").then().statusCode(403);
    }
}
