package nl.pestprotocol.workflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.Records;

/** The stappenplan, driven over HTTP and parameterised over the transition table itself. */
@QuarkusTest
class StateMachineTest extends ApiTest {

    static Stream<Transition> requestableTransitions() {
        return TransitionTable.ALL.stream().filter(Transition::requestable);
    }

    /**
     * Every guard of every row that the API can leave unmet alone: incident-required cannot be unmet at all,
     * pester-required only together with pester-conversation-required (see the tests below; RuleTest has both alone).
     */
    static Stream<Arguments> guards() {
        return TransitionTable.ALL.stream().flatMap(t -> t.rules().stream()
                .filter(r -> r != Rule.INCIDENT_REQUIRED && r != Rule.PESTER_REQUIRED)
                .map(r -> Arguments.of(t.from() + "→" + t.to(), t, r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestableTransitions")
    void everyTransitionOfTheTableSucceedsWhenItsRulesHold(Transition t) {
        CaseJourney journey = CaseJourney.open().atPm3().reach(t.from());
        journey.prepare(t, null);
        String user = t.roles().contains(nl.pestprotocol.security.Role.MENTOR) ? CaseJourney.MENTOR : CaseJourney.LC;
        journey.transition(user, t.to(), "Reden voor deze stap").then().statusCode(200).body("step", equalTo(t.to().name()));
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id + "/timeline").then().statusCode(200)
                .body("items.findAll { it.type == 'STEP_CHANGED' }.last().data.to", equalTo(t.to().name()));
    }

    @ParameterizedTest(name = "{0} refused for {2}")
    @MethodSource("guards")
    void aTransitionIsRefusedNamingExactlyTheRuleThatIsNotMet(String name, Transition t, Rule rule) {
        CaseJourney journey = CaseJourney.open().atPm3().reach(t.from());
        journey.prepare(t, rule);
        String reason = rule == Rule.REASON_REQUIRED || rule == Rule.CLOSE_REASON_REQUIRED ? null : "Reden";
        journey.transition(CaseJourney.LC, t.to(), reason).then().statusCode(409)
                .body("unmetConditions.code", contains(rule.code))
                .body("unmetConditions[0].message", equalTo(rule.message));
        as(CaseJourney.LC).get("/api/v1/cases/" + journey.id).then().body("step", equalTo(t.from().name()));
    }

    @Test
    void aRefusalListsEveryUnmetConditionNotOnlyTheFirst() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("analysis-required", "pester-required", "gepeste-conversation-required",
                        "pester-conversation-required"));
    }

    @InvalidRequestsOnPurpose("a new case without the required incident")
    @Test
    void aCaseCannotBeOpenedWithoutAnIncidentSoIncidentRequiredAlwaysHolds() {
        as(CaseJourney.MENTOR).body(Map.of("summary", "Zonder melding")).post("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("incident"));
        assertTrue(TransitionTable.find(Step.SIGNALEREN, Step.ANALYSEREN).orElseThrow().rules()
                .contains(Rule.INCIDENT_REQUIRED));
    }

    @Test
    void withoutAPesterThereIsNoPesterConversationSoBothAreUnmetAndThePesterOnceHeardStays() {
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        Transition toPlan = TransitionTable.find(Step.ANALYSEREN, Step.PLAN).orElseThrow();
        journey.prepare(toPlan, Rule.PESTER_REQUIRED);
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("pester-required", "pester-conversation-required"));
        journey.involve(journey.pester, "PESTER");
        journey.conversation("PESTER", journey.pester);
        as(CaseJourney.MENTOR).delete("/api/v1/cases/" + journey.id + "/involvements/" + journey.pester).then().statusCode(422)
                .body("code", equalTo("student-named-in-case-records"));
        journey.transition(CaseJourney.MENTOR, Step.PLAN, null).then().statusCode(200);
    }

    @Test
    void aNegativeSignOffOfTheRoundKeepsTheCaseOpenDespiteThreePositiveOnes() {
        CaseJourney journey = CaseJourney.open().reach(Step.EVALUATIE);
        journey.prepare(TransitionTable.find(Step.EVALUATIE, Step.AFGESLOTEN).orElseThrow(), null);
        journey.involve(CaseJourney.newStudent("2B"), "GEPESTE");
        journey.signOff("mentor2", "MENTOR", "NIET_BEHAALD").then().statusCode(201);
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, null).then().statusCode(409)
                .body("unmetConditions.code", contains("no-negative-sign-off"));
    }

    @Test
    void aGestaaktActionCountsForNoConditionOfThePlan() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        List<String> everyone = List.of(journey.bystander, journey.gepeste, journey.pester);
        String kort = action(journey, "KORT", everyone);
        action(journey, "LANG", List.of(journey.gepeste));
        String lang = action(journey, "LANG", List.of(journey.bystander, journey.pester));
        stop(journey, kort);
        stop(journey, lang);
        journey.transition(CaseJourney.MENTOR, Step.UITVOEREN, null).then().statusCode(409).body("unmetConditions.code",
                containsInAnyOrder("short-term-action-required", "every-student-in-action"));
        action(journey, "KORT", List.of(journey.bystander, journey.pester));
        journey.transition(CaseJourney.MENTOR, Step.UITVOEREN, null).then().statusCode(200);
    }

    private static String action(CaseJourney journey, String term, List<String> students) {
        return as(CaseJourney.MENTOR).body(Map.of("term", term, "track", "GROEP", "description", "Actie", "assigneeId",
                "mw-mentor1", "studentIds", students)).post("/api/v1/cases/" + journey.id + "/actions").then().statusCode(201)
                .extract().path("id");
    }

    private static void stop(CaseJourney journey, String action) {
        Records.patch(CaseJourney.MENTOR, "/api/v1/cases/" + journey.id + "/actions/" + action, Map.of("status", "GESTAAKT"))
                .then().statusCode(200).body("status", equalTo("GESTAAKT"));
    }

    @Test
    void aStepThatIsNotInTheTableIsRefused() {
        CaseJourney journey = CaseJourney.open();
        journey.transition(CaseJourney.LC, Step.PLAN, null).then().statusCode(409)
                .body("unmetConditions.code", contains("transition-not-allowed"));
    }

    @Test
    void onlyCoordinatorsCloseACaseThatTurnedOutNotToBeBullying() {
        CaseJourney journey = CaseJourney.open();
        journey.prepare(TransitionTable.find(Step.SIGNALEREN, Step.ANALYSEREN).orElseThrow(), null);
        journey.transition(CaseJourney.MENTOR, Step.ANALYSEREN, null).then().statusCode(200);
        journey.transition(CaseJourney.MENTOR, Step.AFGESLOTEN, "Geen pesten").then().statusCode(409)
                .body("unmetConditions.code", contains("role-not-permitted"));
        journey.transition(CaseJourney.LC, Step.AFGESLOTEN, "Geen pesten, een eenmalige ruzie").then().statusCode(200)
                .body("step", equalTo("AFGESLOTEN")).body("closeReason", equalTo("Geen pesten, een eenmalige ruzie"));
    }

    @Test
    void aClosedCaseIsNotReopenedByRequestOnlyByANewIncident() {
        CaseJourney journey = CaseJourney.open().reach(Step.AFGESLOTEN);
        journey.transition(CaseJourney.LC, Step.ANALYSEREN, "Toch weer").then().statusCode(409)
                .body("unmetConditions.code", contains("reopen-by-incident-only"));
        as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of(Map.of("studentId", journey.pester, "role", "PESTER"))))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201);
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + journey.id).then().body("step", equalTo("ANALYSEREN"))
                .body("level", equalTo("PM_2")).body("closedAt", org.hamcrest.Matchers.nullValue());
    }
}
