package nl.pestprotocol.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.RosterStaff;

/**
 * Spec §1 and §5: who may become owner, coordinator or support coordinator of a case, who may name
 * them, and that staff who left have no access and cannot be assigned. Nobody can widen who sees a
 * case by naming an unrelated staff member.
 */
@QuarkusTest
class AssignmentRulesTest extends ApiTest {

    private static String etag(String user, String caseId) {
        return as(user).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().header("ETag");
    }

    private static Response patch(String user, String caseId, Map<String, Object> body) {
        return as(user).header("If-Match", etag(user, caseId)).body(body).patch("/api/v1/cases/" + caseId);
    }

    private static LocalDate yesterday() {
        return LocalDate.now().minusDays(1);
    }

    // owner

    @Test
    void aMentorCannotHandTheCaseToAMentorWithoutAPupilInItSoTheyNeverSeeIt() {
        CaseJourney journey = CaseJourney.open();
        patch("mentor1", journey.id, Map.of("ownerId", "mw-mentor2")).then().statusCode(422)
                .body("code", equalTo("owner-not-mentor-of-a-student"));
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("owner.id", equalTo("mw-mentor1"));
    }

    @Test
    void coordinatorsCannotHandTheCaseToAnUnrelatedMentorEither() {
        CaseJourney journey = CaseJourney.open();
        patch("lc1", journey.id, Map.of("ownerId", "mw-mentor2")).then().statusCode(422)
                .body("code", equalTo("owner-not-mentor-of-a-student"));
        patch("oc1", journey.id, Map.of("ownerId", "mw-lc1")).then().statusCode(422)
                .body("code", equalTo("owner-not-mentor-of-a-student"));
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
    }

    @Test
    void theOwnerGoesToTheMentorOfAnotherInvolvedPupilAndTheTimelineSaysSo() {
        CaseJourney journey = CaseJourney.open();
        journey.involve(CaseJourney.newStudent("2B"), "PESTER");
        patch("mentor1", journey.id, Map.of("ownerId", "mw-mentor2")).then().statusCode(200)
                .body("owner.id", equalTo("mw-mentor2"));
        as("mentor2").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'CASE_UPDATED' }.data.owner", hasItem("mw-mentor2"));
    }

    @Test
    void keepingTheCurrentOwnerIsNoHandover() {
        // lc1 opened a case about a pupil without a group: lc1 owns it and is no mentor of any of its pupils
        String id = CaseJourney.openAbout("lc1", CaseJourney.newStudent("9Z")).extract().path("id");
        patch("lc1", id, Map.of("ownerId", "mw-lc1", "summary", "Bijgewerkt")).then().statusCode(200)
                .body("owner.id", equalTo("mw-lc1"));
    }

    // coordinator and support coordinator

    @Test
    void aMentorCannotNameCoordinators() {
        CaseJourney journey = CaseJourney.open();
        patch("mentor1", journey.id, Map.of("coordinatorId", "mw-lc1")).then().statusCode(422)
                .body("code", equalTo("coordinators-set-by-lc-or-oc"));
        patch("mentor1", journey.id, Map.of("supportCoordinatorId", "mw-oc1")).then().statusCode(422)
                .body("code", equalTo("coordinators-set-by-lc-or-oc"));
        as("lc1").get("/api/v1/cases/" + journey.id).then().body("coordinator", nullValue())
                .body("supportCoordinator", nullValue());
    }

    @Test
    void theLeerlingcoordinatorAndTheOcAssignCoordinatorsWithPatchAndTheTimelineSaysSo() {
        CaseJourney journey = CaseJourney.open();
        patch("oc1", journey.id, Map.of("coordinatorId", "mw-lc1")).then().statusCode(200)
                .body("coordinator.id", equalTo("mw-lc1"));
        patch("lc1", journey.id, Map.of("supportCoordinatorId", "mw-oc1")).then().statusCode(200)
                .body("supportCoordinator.id", equalTo("mw-oc1"));
        as("lc1").get("/api/v1/cases/" + journey.id + "/timeline").then()
                .body("items.findAll { it.type == 'CASE_UPDATED' }.data.coordinator", hasItem("mw-lc1"))
                .body("items.findAll { it.type == 'CASE_UPDATED' }.data.supportCoordinator", hasItem("mw-oc1"));
    }

    @Test
    void aCoordinatorMissingAtEscalationCanBeAssignedAfterwards() {
        String department = RosterStaff.fresh("afd");
        String group = RosterStaff.group(department, List.of());
        // lc1 opens it, so sees it, but coordinates another department
        String id = CaseJourney.openAbout("lc1", CaseJourney.newStudent(group)).extract().path("id");
        as("lc1").header("If-Match", etag("lc1", id)).body(Map.of("reason", "Ernstig"))
                .post("/api/v1/cases/" + id + "/escalations").then().statusCode(200).body("coordinator", nullValue());
        RosterStaff lc = RosterStaff.put("Later", Map.of("departments", List.of(department)));
        patch("lc1", id, Map.of("coordinatorId", lc.externalId)).then().statusCode(200)
                .body("level", equalTo("PM_2")).body("coordinator.id", equalTo(lc.externalId));
    }

    @Test
    void aCoordinatorAssignedBeforeTheEscalationStaysWhenTheLevelIsReached() {
        String department = RosterStaff.fresh("afd");
        RosterStaff.put("Aaa", Map.of("departments", List.of(department)));
        RosterStaff chosen = RosterStaff.put("Zzz", Map.of("departments", List.of(department)));
        String id = CaseJourney.openAbout("lc1", CaseJourney.newStudent(RosterStaff.group(department, List.of()))).extract()
                .path("id");
        patch("lc1", id, Map.of("coordinatorId", chosen.externalId)).then().statusCode(200);
        as("lc1").header("If-Match", etag("lc1", id)).body(Map.of("reason", "Ernstig"))
                .post("/api/v1/cases/" + id + "/escalations").then().statusCode(200).body("level", equalTo("PM_2"))
                .body("coordinator.id", equalTo(chosen.externalId));
    }

    @Test
    void theCoordinatorMustCoordinateADepartmentOfTheCasesPupils() {
        CaseJourney journey = CaseJourney.open();
        RosterStaff otherDepartment = RosterStaff.put("Elders", Map.of("departments", List.of(RosterStaff.fresh("afd"))));
        patch("oc1", journey.id, Map.of("coordinatorId", "mw-mentor2")).then().statusCode(422)
                .body("code", equalTo("coordinator-not-of-a-case-department"));
        patch("oc1", journey.id, Map.of("coordinatorId", otherDepartment.externalId)).then().statusCode(422)
                .body("code", equalTo("coordinator-not-of-a-case-department"));
        // support departments do not make a leerlingcoördinator
        patch("oc1", journey.id, Map.of("coordinatorId", "mw-oc1")).then().statusCode(422)
                .body("code", equalTo("coordinator-not-of-a-case-department"));
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
    }

    @Test
    void theSupportCoordinatorMustSupportADepartmentOfTheCaseOrBeTheOcNamingThemselves() {
        CaseJourney journey = CaseJourney.open();
        patch("lc1", journey.id, Map.of("supportCoordinatorId", "mw-lc1")).then().statusCode(422)
                .body("code", equalTo("support-coordinator-not-of-a-case-department"));
        patch("lc1", journey.id, Map.of("supportCoordinatorId", "mw-mentor2")).then().statusCode(422)
                .body("code", equalTo("support-coordinator-not-of-a-case-department"));

        // a case about a pupil of no department: no support department covers it ...
        String id = CaseJourney.openAbout("lc1", CaseJourney.newStudent("9Z")).extract().path("id");
        patch("lc1", id, Map.of("supportCoordinatorId", "mw-oc1")).then().statusCode(422)
                .body("code", equalTo("support-coordinator-not-of-a-case-department"));
        // ... but the school-wide ondersteuningscoördinator (the realm role, seen in the token) may take it on
        patch("oc1", id, Map.of("supportCoordinatorId", "mw-oc1")).then().statusCode(200)
                .body("supportCoordinator.id", equalTo("mw-oc1"));
    }

    @Test
    void anUnknownStaffIdIsABadRequestNamingTheField() {
        CaseJourney journey = CaseJourney.open();
        patch("lc1", journey.id, Map.of("coordinatorId", "mw-nobody")).then().statusCode(400)
                .body("invalidParams.name", hasItem("coordinatorId"));
    }

    // staff who left

    @Test
    void aUserWhoseStaffRecordLeftGets403OnEveryCaseOperation() {
        CaseJourney journey = CaseJourney.open();
        RosterStaff mentor = RosterStaff.put("Vertrekt", Map.of());
        String group = RosterStaff.group("onderbouw", List.of(mentor.externalId));
        journey.involve(CaseJourney.newStudent(group), "AFZIJDIG");
        // the control: the same minted token works while they are on the roster
        mentor.as(Roles.MENTOR).get("/api/v1/cases/" + journey.id).then().statusCode(200);

        mentor.update("Vertrekt", Map.of("leftOn", yesterday().toString())).then().statusCode(200)
                .body("active", equalTo(true)).body("leftOn", equalTo(yesterday().toString()));
        mentor.as(Roles.MENTOR).get("/api/v1/cases/" + journey.id).then().statusCode(403).body("code", equalTo("staff-left"));
        mentor.as(Roles.MENTOR).get("/api/v1/cases").then().statusCode(403).body("code", equalTo("staff-left"));
        mentor.as(Roles.MENTOR).get("/api/v1/cases/" + journey.id + "/timeline").then().statusCode(403)
                .body("code", equalTo("staff-left"));
        mentor.as(Roles.MENTOR).get("/api/v1/agreements/due").then().statusCode(403).body("code", equalTo("staff-left"));
        mentor.as(Roles.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", journey.bystander, "role", "AFZIJDIG"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(403).body("code", equalTo("staff-left"));
        mentor.as(Roles.MENTOR).body(Map.of("summary", "Nieuw", "incident",
                CaseJourney.incident(List.of(Map.of("studentId", journey.bystander, "role", "GEPESTE")))))
                .post("/api/v1/cases").then().statusCode(403).body("code", equalTo("staff-left"));
    }

    @Test
    void aStaffRecordMadeInactiveHasNoAccessAndALeavingDateAheadStillHas() {
        RosterStaff lc = RosterStaff.put("Gaat", Map.of("departments", List.of("onderbouw"), "leftOn",
                LocalDate.now().plusDays(30).toString()));
        lc.as(Roles.LC).get("/api/v1/cases").then().statusCode(200);
        lc.update("Gaat", Map.of("departments", List.of("onderbouw"), "active", false)).then().statusCode(200)
                .body("active", equalTo(false));
        lc.as(Roles.LC).get("/api/v1/cases").then().statusCode(403).body("code", equalTo("staff-left"));
    }

    @Test
    void aUserWhoIsNotOnTheRosterStaysUnknownStaff() {
        RosterStaff.asUsername(RosterStaff.fresh("stranger"), Roles.MENTOR).get("/api/v1/cases").then().statusCode(403)
                .body("code", equalTo("unknown-staff"));
    }

    @Test
    void staffWhoLeftCannotBeOwnerCoordinatorSupportCoordinatorAssigneeOrConductor() {
        String department = RosterStaff.fresh("afd");
        RosterStaff mentor = RosterStaff.put("Weg", Map.of());
        RosterStaff lc = RosterStaff.put("Weg", Map.of("departments", List.of(department)));
        RosterStaff oc = RosterStaff.put("Weg", Map.of("supportDepartments", List.of(department)));
        String group = RosterStaff.group(department, List.of(mentor.externalId));
        CaseJourney journey = CaseJourney.open();
        String pupil = CaseJourney.newStudent(group);
        journey.involve(pupil, "AFZIJDIG");
        for (RosterStaff s : List.of(mentor, lc, oc)) {
            s.update("Weg", Map.of("departments", s == lc ? List.of(department) : List.of(), "supportDepartments",
                    s == oc ? List.of(department) : List.of(), "leftOn", yesterday().toString())).then().statusCode(200);
        }
        patch("mentor1", journey.id, Map.of("ownerId", mentor.externalId)).then().statusCode(422)
                .body("code", equalTo("assigned-staff-left"));
        patch("oc1", journey.id, Map.of("coordinatorId", lc.externalId)).then().statusCode(422)
                .body("code", equalTo("assigned-staff-left"));
        patch("oc1", journey.id, Map.of("supportCoordinatorId", oc.externalId)).then().statusCode(422)
                .body("code", equalTo("assigned-staff-left"));
        as("mentor1").body(Map.of("term", "KORT", "track", "PESTER", "description", "Actie", "assigneeId", mentor.externalId,
                "studentIds", List.of(pupil))).post("/api/v1/cases/" + journey.id + "/actions").then().statusCode(422)
                .body("code", equalTo("assigned-staff-left"));
        as("mentor1").body(Map.of("type", "GROEP", "heldAt", Instant.now().minusSeconds(3600).toString(), "conductedById",
                mentor.externalId, "studentIds", List.of(pupil), "notes", "Gesprek")).post("/api/v1/cases/" + journey.id
                        + "/conversations").then().statusCode(422).body("code", equalTo("assigned-staff-left"));
    }

    @Test
    void automaticAssignmentsSkipStaffWhoLeft() {
        String department = RosterStaff.fresh("afd");
        // the ones who left sort first, so only the rule can make the others win
        RosterStaff leftMentor = RosterStaff.put("Aaa", Map.of());
        RosterStaff mentor = RosterStaff.put("Zzz", Map.of());
        RosterStaff.put("Aaa", Map.of("departments", List.of(department), "active", false));
        RosterStaff lc = RosterStaff.put("Zzz", Map.of("departments", List.of(department)));
        RosterStaff.put("Aaa", Map.of("supportDepartments", List.of(department), "leftOn",
                yesterday().toString()));
        RosterStaff oc = RosterStaff.put("Zzz", Map.of("supportDepartments", List.of(department)));
        leftMentor.update("Aaa", Map.of("leftOn", yesterday().toString())).then().statusCode(200);
        String group = RosterStaff.group(department, List.of(leftMentor.externalId, mentor.externalId));

        String id = CaseJourney.openAbout("lc1", CaseJourney.newStudent(group)).extract().path("id");
        as("lc1").get("/api/v1/cases/" + id).then().body("owner.id", equalTo(mentor.externalId));
        for (int i = 0; i < 2; i++) {
            as("lc1").header("If-Match", etag("lc1", id)).body(Map.of("reason", "Ernstig"))
                    .post("/api/v1/cases/" + id + "/escalations").then().statusCode(200);
        }
        as("oc1").get("/api/v1/cases/" + id).then().body("level", equalTo("PM_3"))
                .body("coordinator.id", equalTo(lc.externalId)).body("supportCoordinator.id", equalTo(oc.externalId));
    }
}
