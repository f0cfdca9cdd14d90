package nl.pestprotocol.cases;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestCalendar;

/**
 * Spec §3 "Precisions": an involvement stays while the case needs its role or its records name the
 * pupil; a pupil who has left the school is not added to a case and gets no measure.
 */
@QuarkusTest
class InvolvementRulesTest extends ApiTest {

    @BeforeEach
    void calendar() {
        TestCalendar.ensure();
    }

    private static ValidatableResponse remove(CaseJourney journey, String student) {
        return as(CaseJourney.MENTOR).delete("/api/v1/cases/" + journey.id + "/involvements/" + student).then();
    }

    private static ValidatableResponse involvedStudents(CaseJourney journey) {
        return as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().statusCode(200);
    }

    /** Updates a student on the roster: {@code active} and {@code leftOn} as given (leftOn may be null). */
    private static void roster(String student, boolean active, LocalDate leftOn) {
        Map<String, Object> body = new HashMap<>(Map.of("givenName", "Test", "familyName", student, "groupCode", "1A",
                "active", active));
        if (leftOn != null) {
            body.put("leftOn", leftOn.toString());
        }
        as("beheer1").body(body).put("/api/v1/students/" + student).then().statusCode(200);
    }

    @Test
    void theOnlyGepesteCannotBeRemovedOnceTheCaseIsPastSignaleren() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        remove(journey, journey.gepeste).statusCode(422).body("code", equalTo("role-still-required"));
        involvedStudents(journey).body("involvements.studentId", hasItem(journey.gepeste));
    }

    @Test
    void inSignalerenTheOnlyGepesteNamedNowhereMayStillBeRemoved() {
        CaseJourney journey = CaseJourney.open();
        journey.involve(journey.gepeste, "GEPESTE");
        remove(journey, journey.gepeste).statusCode(200).body("involvements.studentId", not(hasItem(journey.gepeste)));
    }

    @Test
    void aSecondGepesteNamedNowhereMayBeRemovedWhileAnotherRemains() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        String second = CaseJourney.newStudent("1A");
        journey.involve(second, "GEPESTE");
        remove(journey, second).statusCode(200);
    }

    @Test
    void theOnlyPesterPastAnalyserenStaysAndSoDoesEveryoneTheConversationsName() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        remove(journey, journey.pester).statusCode(422).body("unmetConditions.code",
                containsInAnyOrder("role-still-required", "student-named-in-case-records"));
        involvedStudents(journey).body("involvements.studentId", hasItem(journey.pester));
    }

    @Test
    void aStudentNamedInAnIncidentStaysInvolvedSoTheirExportKeepsTheCase() {
        CaseJourney journey = CaseJourney.open();
        remove(journey, journey.bystander).statusCode(422).body("code", equalTo("student-named-in-case-records"));
        as(CaseJourney.OC).get("/api/v1/students/" + journey.bystander + "/export").then().statusCode(200)
                .body("cases.size()", equalTo(1));
    }

    @Test
    void aStudentNamedInAPlanActionStaysInvolved() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        String helper = CaseJourney.newStudent("1A");
        journey.involve(helper, "VERDEDIGER");
        journey.action("LANG", "GROEP", List.of(helper));
        remove(journey, helper).statusCode(422).body("code", equalTo("student-named-in-case-records"))
                .body("unmetConditions[0].message", org.hamcrest.Matchers.containsString("a plan action"));
    }

    @Test
    void aPupilWhoLeftTheSchoolIsNotInvolvedInANewCase() {
        String left = CaseJourney.newStudent("1A");
        roster(left, false, LocalDate.now().minusDays(3));
        as(CaseJourney.MENTOR).body(Map.of("summary", "Melding", "incident", CaseJourney.incident(List.of(Map.of("studentId",
                left, "role", "GEPESTE"))))).post("/api/v1/cases").then().statusCode(422)
                .body("code", equalTo("student-left-school"));
    }

    @Test
    void aPupilWhoLeftTheSchoolIsNotAddedToACaseByHandOrByAnIncident() {
        CaseJourney journey = CaseJourney.open();
        String inactive = CaseJourney.newStudent("1A");
        roster(inactive, false, null);
        String leftYesterday = CaseJourney.newStudent("1A");
        roster(leftYesterday, true, LocalDate.now().minusDays(1));
        for (String left : List.of(inactive, leftYesterday)) {
            as(CaseJourney.MENTOR).body(Map.of("studentId", left, "role", "AFZIJDIG"))
                    .post("/api/v1/cases/" + journey.id + "/involvements").then().statusCode(422)
                    .body("code", equalTo("student-left-school"));
            as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", left, "role", "AFZIJDIG"))))
                    .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(422)
                    .body("code", equalTo("student-left-school"));
        }
        involvedStudents(journey).body("involvements.size()", equalTo(1));
    }

    @Test
    void aPupilWhoLeavesLaterIsStillAddedAndAnInvolvedPupilWhoLeftIsStillNamedInIncidents() {
        CaseJourney journey = CaseJourney.open();
        String leavingNextMonth = CaseJourney.newStudent("1A");
        roster(leavingNextMonth, true, LocalDate.now().plusDays(30));
        journey.involve(leavingNextMonth, "AFZIJDIG");
        roster(journey.bystander, false, LocalDate.now().minusDays(1));
        as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", journey.bystander, "role", "AFZIJDIG"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
    }

    @Test
    void aPupilWhoLeftTheSchoolGetsNoMeasure() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        roster(journey.pester, false, LocalDate.now().minusDays(1));
        as(CaseJourney.LC).body(Map.of("type", "SCHORSING", "studentId", journey.pester, "startOn",
                TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                .post("/api/v1/cases/" + journey.id + "/measures").then().statusCode(422)
                .body("code", equalTo("student-left-school"));
    }
}
