package nl.pestprotocol.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.pestprotocol.client.ApiClient;
import nl.pestprotocol.client.ApiException;
import nl.pestprotocol.client.JSON;
import nl.pestprotocol.client.api.AnalysisApi;
import nl.pestprotocol.client.api.CasesApi;
import nl.pestprotocol.client.api.ConversationsApi;
import nl.pestprotocol.client.api.IncidentsApi;
import nl.pestprotocol.client.api.TimelineApi;
import nl.pestprotocol.client.model.AnalysisInput;
import nl.pestprotocol.client.model.CaseView;
import nl.pestprotocol.client.model.Condition;
import nl.pestprotocol.client.model.ConversationInput;
import nl.pestprotocol.client.model.ConversationType;
import nl.pestprotocol.client.model.CreateCaseInput;
import nl.pestprotocol.client.model.EventView;
import nl.pestprotocol.client.model.Form;
import nl.pestprotocol.client.model.IncidentInput;
import nl.pestprotocol.client.model.IncidentView;
import nl.pestprotocol.client.model.InvolvementRole;
import nl.pestprotocol.client.model.Problem;
import nl.pestprotocol.client.model.ReporterType;
import nl.pestprotocol.client.model.Severity;
import nl.pestprotocol.client.model.Step;
import nl.pestprotocol.client.model.StudentRoleInput;
import nl.pestprotocol.client.model.TransitionBody;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Tokens;

/**
 * The Java client the build generates from openapi/openapi.yaml (openapi-generator, as an integrator would)
 * walks a case against the running service: what the contract promises a client, the service keeps.
 */
@QuarkusTest
class GeneratedClientTest extends ApiTest {

    private static ApiClient clientOf(String user) {
        ApiClient client = new ApiClient();
        // the contract's server URL is /api/v1, relative to where it is served: a client prepends the host
        client.updateBaseUri("http://localhost:" + RestAssured.port + "/api/v1");
        return client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.of(user)));
    }

    private static String etag(CasesApi cases, String caseId) throws ApiException {
        return cases.getCaseWithHttpInfo(caseId).getHeaders().get("etag").get(0);
    }

    private static IncidentInput incident(String gepeste, String pester) {
        return new IncidentInput().occurredAt(OffsetDateTime.now().minusDays(1)).reporterType(ReporterType.LEERLING)
                .location("kantine").forms(Set.of(Form.VERBAAL)).description("Sanne wordt uitgescholden.")
                .students(List.of(new StudentRoleInput().studentId(gepeste).role(InvolvementRole.GEPESTE),
                        new StudentRoleInput().studentId(pester).role(InvolvementRole.PESTER)));
    }

    @Test
    void aGeneratedClientOpensACaseLogsAnIncidentWalksItToPlanAndReadsTheTimelineAndARefusal() throws Exception {
        String gepeste = CaseJourney.newStudent("1A");
        String pester = CaseJourney.newStudent("1A");
        ApiClient mentor = clientOf("mentor1");
        CasesApi cases = new CasesApi(mentor);

        // a retry of the same call with the same Idempotency-Key answers the first case, and opens no second one
        CreateCaseInput newCase = new CreateCaseInput().summary("Uitschelden in de kantine").incident(incident(gepeste, pester));
        String key = java.util.UUID.randomUUID().toString();
        CaseView opened = cases.openCase(newCase, key);
        assertEquals(Step.SIGNALEREN, opened.getStep());
        assertEquals(opened.getId(), cases.openCase(newCase, key).getId());
        IncidentView again = new IncidentsApi(mentor).logIncident(opened.getId(), incident(gepeste, pester).location("plein"),
                null);
        assertEquals("plein", again.getLocation());

        CaseView analysing = cases.transitionCase(opened.getId(), etag(cases, opened.getId()),
                new TransitionBody().to(Step.ANALYSEREN), null);
        assertEquals(Step.ANALYSEREN, analysing.getStep());

        // too early for PLAN: a 409 problem that names every unmet condition by its stable code
        String etag = etag(cases, opened.getId());
        ApiException refused = assertThrows(ApiException.class,
                () -> cases.transitionCase(opened.getId(), etag, new TransitionBody().to(Step.PLAN), null));
        assertEquals(409, refused.getCode());
        Problem problem = JSON.getDefault().getMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(409, problem.getStatus());
        assertEquals(Set.of("analysis-required", "gepeste-conversation-required", "pester-conversation-required"),
                Set.copyOf(problem.getUnmetConditions().stream().map(Condition::getCode).toList()));

        new AnalysisApi(mentor).recordAnalysis(opened.getId(), new AnalysisInput().severity(Severity.MIDDEN)
                .how("Schelden in de pauzes").forms(List.of(Form.VERBAAL)).groupRole("De klas lacht mee").duration("Sinds september"));
        ConversationsApi conversations = new ConversationsApi(mentor);
        conversations.recordConversation(opened.getId(), new ConversationInput().type(ConversationType.GEPESTE)
                .heldAt(OffsetDateTime.now()).studentIds(List.of(gepeste)).guideAnswers(Map.of("DOOR_WIE", "Daan")), null);
        conversations.recordConversation(opened.getId(), new ConversationInput().type(ConversationType.PESTER)
                .heldAt(OffsetDateTime.now()).studentIds(List.of(pester)).notes("Daan ziet in dat het pesten is"), null);

        CaseView planning = cases.transitionCase(opened.getId(), etag(cases, opened.getId()),
                new TransitionBody().to(Step.PLAN).reason("Analyse rond"), null);
        assertEquals(Step.PLAN, planning.getStep());

        List<EventView> timeline = new TimelineApi(mentor).getTimeline(opened.getId(), null, 100).getItems();
        List<String> types = timeline.stream().map(e -> e.getType().getValue()).toList();
        assertEquals("CASE_OPENED", types.get(0));
        assertTrue(types.containsAll(List.of("INCIDENT_LOGGED", "STEP_CHANGED", "ANALYSIS_RECORDED", "CONVERSATION_RECORDED")),
                types::toString);
        assertEquals(2, types.stream().filter("STEP_CHANGED"::equals).count());
        assertNotNull(timeline.get(0).getOccurredAt());
    }
}
