package nl.pestprotocol.conversations;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** Bijlage 1: the guides, their question codes, and the rules for a HERSTEL conversation (spec §7). */
@QuarkusTest
class ConversationTest extends ApiTest {

    private static Map<String, Object> conversation(String type, List<String> students) {
        return new HashMap<>(Map.of("type", type, "heldAt", Instant.now().minusSeconds(3600).toString(), "studentIds", students));
    }

    private static CaseJourney journeyWithBoth() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        journey.involve(journey.pester, "PESTER");
        return journey;
    }

    @Test
    void theGuideForTheVictimServesTheProtocolsQuestionCodes() {
        as("mentor1").get("/api/v1/conversation-guides/GEPESTE").then().statusCode(200).body("questions.code",
                hasItems("DOOR_WIE", "HOE", "WAAR", "WANNEER", "HOE_VAAK", "HOE_LANG", "OUDERS_WETEN", "HULP_VAN_ANDEREN",
                        "RESULTAAT_HULP", "GEWENST_RESULTAAT"));
        as("mentor1").get("/api/v1/conversation-guides/PESTER").then().statusCode(200);
        as("mentor1").get("/api/v1/conversation-guides/HERSTEL").then().statusCode(200);
        as("mentor1").get("/api/v1/conversation-guides/OUDERS").then().statusCode(404);
    }

    @Test
    void guideAnswersAreKeyedByTheGuidesQuestionCodes() {
        CaseJourney journey = journeyWithBoth();
        Map<String, Object> ok = conversation("GEPESTE", List.of(journey.gepeste));
        ok.put("guideAnswers", Map.of("DOOR_WIE", "Twee jongens uit de klas", "WAAR", "Op het plein"));
        as("mentor1").body(ok).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(201)
                .body("guideAnswers.DOOR_WIE", equalTo("Twee jongens uit de klas"));

        Map<String, Object> wrong = conversation("GEPESTE", List.of(journey.gepeste));
        wrong.put("guideAnswers", Map.of("DOOR_WIE", "Iemand", "WAAROM", "Vraag van de pester-leidraad"));
        as("mentor1").body(wrong).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("guideAnswers.WAAROM"));
    }

    @Test
    void aHerstelConversationNeedsTheSafetyConsideredAndAFollowUpAppointment() {
        CaseJourney journey = journeyWithBoth();
        Map<String, Object> body = conversation("HERSTEL", List.of(journey.gepeste, journey.pester));
        as("mentor1").body(body).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(422).body(
                "unmetConditions.code", containsInAnyOrder("herstel-safety-not-assessed", "herstel-follow-up-required"));
        body.put("safetyAssessed", true);
        as("mentor1").body(body).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(422)
                .body("unmetConditions.code", containsInAnyOrder("herstel-follow-up-required"));
        body.put("followUpOn", LocalDate.now().plusDays(7).toString());
        as("mentor1").body(body).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(201)
                .body("safetyAssessed", equalTo(true));
    }

    @Test
    void theFollowUpOfAHerstelConversationIsOnOrAfterTheSchoolDayItWasHeld() {
        CaseJourney journey = journeyWithBoth();
        // 23:30 UTC is already the next day at school (Europe/Amsterdam)
        LocalDate utcDay = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        Instant lateEvening = utcDay.atTime(23, 30).toInstant(ZoneOffset.UTC);
        LocalDate schoolDay = lateEvening.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        Map<String, Object> body = conversation("HERSTEL", List.of(journey.gepeste, journey.pester));
        body.put("heldAt", lateEvening.toString());
        body.put("safetyAssessed", true);
        for (LocalDate before : List.of(utcDay.minusDays(5), utcDay)) {
            body.put("followUpOn", before.toString());
            as("mentor1").body(body).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(422)
                    .body("unmetConditions.code", containsInAnyOrder("herstel-follow-up-not-before-held"));
        }
        body.put("followUpOn", schoolDay.toString());
        as("mentor1").body(body).post("/api/v1/cases/" + journey.id + "/conversations").then().statusCode(201)
                .body("followUpOn", equalTo(schoolDay.toString()));
    }

    @Test
    void aConversationWithTheBullyIncludesTheBully() {
        CaseJourney journey = journeyWithBoth();
        as("mentor1").body(conversation("PESTER", List.of(journey.gepeste))).post("/api/v1/cases/" + journey.id + "/conversations")
                .then().statusCode(422).body("code", equalTo("participants-do-not-match-type"));
    }

    @Test
    void adviceIsRecordedByTheOndersteuningscoordinator() {
        CaseJourney journey = journeyWithBoth();
        // the mentor may record conversations, only not this type: a refusal of the request, 422 (spec §1)
        as("mentor1").body(conversation("ADVIES", List.of())).post("/api/v1/cases/" + journey.id + "/conversations").then()
                .statusCode(422).body("code", equalTo("advice-by-oc-only"));
        as("lc1").body(conversation("ADVIES", List.of())).post("/api/v1/cases/" + journey.id + "/conversations").then()
                .statusCode(422).body("code", equalTo("advice-by-oc-only"));
        as("oc1").body(conversation("ADVIES", List.of())).post("/api/v1/cases/" + journey.id + "/conversations").then()
                .statusCode(201);
    }
}
