package nl.pestprotocol.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.workflow.TransitionTable;

/** Step 5: evaluated by mentor, leerlingcoördinator and ondersteuningscoördinator, three different people. */
@QuarkusTest
class SignOffTest extends ApiTest {

    @Test
    void signOffsAreOnlyAcceptedInEvaluatie() {
        CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(409)
                .body("unmetConditions.code", contains("sign-off-only-in-evaluatie"));
    }

    @Test
    void eachPersonSignsOncePerRound() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "NIET_BEHAALD").then().statusCode(409)
                .body("unmetConditions.code", contains("already-signed-this-round"));
    }

    @Test
    void aPersonSignsOnlyInARoleTheyHold() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.signOff(CaseJourney.MENTOR, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(422)
                .body("code", equalTo("sign-as-role-not-held"));
        journey.signOff(CaseJourney.OC, "MENTOR", "EFFECT_BEHAALD").then().statusCode(422)
                .body("code", equalTo("sign-as-role-not-held"));
    }

    @Test
    void theMentorOfTheBullysGroupCannotSignAsMentor() {
        CaseJourney journey = CaseJourney.open(CaseJourney.newStudent("2B")).reach(Step.EVALUATIE);
        // mentor2 mentors the PESTER's group, so sees the case, but signs for nobody the case is about
        as("mentor2").get("/api/v1/cases/" + journey.id).then().statusCode(200);
        journey.signOff("mentor2", "MENTOR", "EFFECT_BEHAALD").then().statusCode(422)
                .body("code", equalTo("mentor-sign-off-by-owner-or-gepeste-mentor"));
    }

    @Test
    void theMentorOfABystandersGroupCannotSignAsMentor() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.involve(CaseJourney.newStudent("2B"), "AFZIJDIG");
        journey.signOff("mentor2", "MENTOR", "EFFECT_BEHAALD").then().statusCode(422)
                .body("code", equalTo("mentor-sign-off-by-owner-or-gepeste-mentor"));
    }

    @Test
    void aMentorWithNoPupilInTheCaseCannotEvenSeeItToSign() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.signOff("mentor2", "MENTOR", "EFFECT_BEHAALD").then().statusCode(404);
    }

    @Test
    void theOwnerAndTheMentorOfTheVictimsGroupMaySignAsMentor() {
        CaseJourney journey = CaseJourney.open(CaseJourney.newStudent("2B")).reach(Step.EVALUATIE);
        as(CaseJourney.MENTOR).header("If-Match", journey.etag()).body(java.util.Map.of("ownerId", "mw-mentor2"))
                .patch("/api/v1/cases/" + journey.id).then().statusCode(200);
        // mentor2 now owns the case (and mentors only the bully's group); mentor1 mentors the victim's group
        journey.signOff("mentor2", "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.MENTOR, "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
    }

    @Test
    void closingNeedsAllThreeRolesAndTwoOfThreeIsNotEnough() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.communicate(journey.agreementId());
        journey.signOff(CaseJourney.MENTOR, "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(409)
                .body("unmetConditions.code", contains("ondersteuningscoordinator-sign-off-required"));
        journey.signOff(CaseJourney.OC, "ONDERSTEUNINGSCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(200).body("step", equalTo("AFGESLOTEN"));
    }

    @Test
    void aNegativeSignOffDoesNotCountTowardsClosing() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.communicate(journey.agreementId());
        journey.signOff(CaseJourney.MENTOR, "MENTOR", "NIET_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.signOff(CaseJourney.OC, "ONDERSTEUNINGSCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(409)
                .body("unmetConditions.code", containsInAnyOrder("mentor-sign-off-required", "no-negative-sign-off"));
    }

    @Test
    void signOffsOfAnEarlierRoundNoLongerCountAfterVervolgstappen() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        journey.prepare(TransitionTable.find(Step.VERVOLGSTAPPEN, Step.EVALUATIE).orElseThrow(), null);
        journey.transition(CaseJourney.LC, Step.EVALUATIE, null).then().statusCode(200);
        journey.communicate(journey.agreementId());
        // the earlier round had lc1's NIET_BEHAALD; in the new round lc1 may sign again and the others must too
        journey.signOff(CaseJourney.LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("mentor-sign-off-required", "ondersteuningscoordinator-sign-off-required"));
    }
}
