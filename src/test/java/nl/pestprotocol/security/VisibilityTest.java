package nl.pestprotocol.security;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** Who sees which case (spec §1): enforced in the query, so single reads, lists and pages agree. */
@QuarkusTest
class VisibilityTest extends ApiTest {

    private static List<String> allVisibleIds(String user, String query) {
        return allVisibleIds(user, query, 7);
    }

    private static List<String> allVisibleIds(String user, String query, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var spec = as(user).queryParam("limit", limit);
            if (query != null) {
                spec = spec.queryParam("groupCode", query);
            }
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    @Test
    void anotherMentorGets404ForACaseOf1AAndNeverSeesItInAList() {
        CaseJourney journey = CaseJourney.open();
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404);
        as("mentor2").get("/api/v1/cases/" + journey.id + "/timeline").then().statusCode(404);
        as("mentor2").body(CaseJourney.incident(List.of(Map.of("studentId", journey.bystander, "role", "AFZIJDIG"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(404);
        as("mentor2").queryParam("studentId", journey.bystander).get("/api/v1/cases").then().statusCode(200)
                .body("items", empty());
        List<String> seenByMentor2 = allVisibleIds("mentor2", null);
        assertFalse(seenByMentor2.contains(journey.id));
        assertTrue(allVisibleIds("mentor1", null).contains(journey.id));
    }

    @Test
    void aMissingCaseAndAnInvisibleCaseAnswerTheSame() {
        CaseJourney journey = CaseJourney.open();
        String invisible = as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(404).extract().path("detail");
        String missing = as("mentor2").get("/api/v1/cases/7b0e2a4c-0000-4000-8000-000000000000").then().statusCode(404)
                .extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(missing, invisible);
    }

    @Test
    void coordinatorsSeeTheirDepartmentAndTheOcSeesEverything() {
        CaseJourney journey = CaseJourney.open();
        as("lc1").get("/api/v1/cases/" + journey.id).then().statusCode(200);
        as("oc1").get("/api/v1/cases/" + journey.id).then().statusCode(200);

        String outsider = CaseJourney.newStudent("9Z");
        String other = CaseJourney.openAbout("oc1", outsider).extract().path("id");
        as("lc1").get("/api/v1/cases/" + other).then().statusCode(404);
        as("mentor1").get("/api/v1/cases/" + other).then().statusCode(404);
        as("oc1").get("/api/v1/cases/" + other).then().statusCode(200);
    }

    @Test
    void aMentorSeesTheCasesTheyOpenedAndTheMentorOfAnInvolvedStudentToo() {
        String of2B = CaseJourney.newStudent("2B");
        String id = CaseJourney.openAbout("mentor1", of2B).extract().path("id");
        as("mentor1").get("/api/v1/cases/" + id).then().statusCode(200);
        as("mentor2").get("/api/v1/cases/" + id).then().statusCode(200);
        as("mentor2").queryParam("groupCode", "2B").get("/api/v1/cases").then().body("items.id", hasItem(id));
    }

    @Test
    void pagesNeverRepeatOrSkipACase() {
        List<String> ids = allVisibleIds("oc1", null);
        Set<String> unique = new HashSet<>(ids);
        org.junit.jupiter.api.Assertions.assertEquals(unique.size(), ids.size());
        as("oc1").queryParam("limit", 100).get("/api/v1/cases").then().body("items.size()",
                equalTo(Math.min(100, ids.size())));

        // the list above may be cut short by cases other tests open meanwhile; cases of a group of
        // their own are not: walked in pages of 2 (the last one half full), each comes exactly once
        String group = "V" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Set<String> opened = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            opened.add(CaseJourney.openAbout("oc1", CaseJourney.newStudent(group)).extract().path("id"));
        }
        List<String> paged = allVisibleIds("oc1", group, 2);
        org.junit.jupiter.api.Assertions.assertEquals(opened.size(), paged.size(), () -> "repeated or skipped: " + paged);
        org.junit.jupiter.api.Assertions.assertEquals(opened, new HashSet<>(paged));
    }

    @Test
    void aLeerlingcoordinatorAndAMentorPageThroughExactlyTheCasesOfTheirPupilsWithoutRepeatsOrGaps() {
        // a new onderbouw group without a mentor: lc1 sees its cases through the department only
        String group = "O" + java.util.UUID.randomUUID().toString().substring(0, 8);
        as("beheer1").body(Map.of("department", "onderbouw", "schoolYear", "2026-2027", "mentors", List.of()))
                .put("/api/v1/groups/" + group).then().statusCode(201);
        Set<String> ofGroup = new HashSet<>();
        Set<String> of2B = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ofGroup.add(CaseJourney.openAbout("oc1", CaseJourney.newStudent(group)).extract().path("id"));
            of2B.add(CaseJourney.openAbout("oc1", CaseJourney.newStudent("2B")).extract().path("id"));
        }
        List<String> lcPaged = allVisibleIds("lc1", group, 2);
        org.junit.jupiter.api.Assertions.assertEquals(ofGroup, new HashSet<>(lcPaged), () -> "lc1 paged: " + lcPaged);
        org.junit.jupiter.api.Assertions.assertEquals(ofGroup.size(), lcPaged.size(), () -> "repeated: " + lcPaged);

        for (String user : List.of("lc1", "mentor2")) {
            List<String> all = allVisibleIds(user, null, 3);
            org.junit.jupiter.api.Assertions.assertEquals(new HashSet<>(all).size(), all.size(), () -> user + " repeated: " + all);
            assertTrue(all.containsAll(of2B), user + " misses a case of 2B");
        }
        List<String> mentor2 = allVisibleIds("mentor2", null, 3);
        assertTrue(ofGroup.stream().noneMatch(mentor2::contains), "mentor2 sees a case of a group they do not mentor");
        List<String> mentor1 = allVisibleIds("mentor1", null, 50);
        assertTrue(ofGroup.stream().noneMatch(mentor1::contains) && of2B.stream().noneMatch(mentor1::contains),
                "mentor1 sees a case of pupils outside 1A");
    }
}
