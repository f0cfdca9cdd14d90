package nl.pestprotocol.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.support.TestClock;

/** Retention with a controllable clock: exactly the cases the rule selects lose their personal content. */
@QuarkusTest
class RetentionTest extends ApiTest {

    @Inject
    RetentionService retention;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static void leaves(String student, LocalDate on) {
        as("beheer1").body(Map.of("givenName", "Test", "familyName", student, "groupCode", "1A", "active", false, "leftOn",
                on.toString())).put("/api/v1/students/" + student).then().statusCode(200);
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

        TestClock.shift(Duration.ofDays(2 * 366 + 10));
        assertEquals(List.of(selected.id), preview());
        assertEquals(1, retention.run());

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
    }

    @Test
    void thePreviewIsForTheBeheerderAndShowsNoCaseContent() {
        as("oc1").get("/api/v1/retention/preview").then().statusCode(403);
        as("beheer1").get("/api/v1/retention/preview").then().statusCode(200);
    }
}
