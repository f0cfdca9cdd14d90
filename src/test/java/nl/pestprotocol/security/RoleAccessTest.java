package nl.pestprotocol.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.pestprotocol.support.Api;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;

/**
 * Spec §1, with real Keycloak tokens: each role reaches exactly the endpoints it may. Allowed
 * calls may still fail validation (bodies here are empty), but never with 401 or 403; every other
 * role gets 403, and nobody without a token gets past 401. A refusal that depends on the request as
 * well as the role is a 422 naming its rule.
 */
@QuarkusTest
@InvalidRequestsOnPurpose("bodies are empty: the test is about who may call, not what they send")
class RoleAccessTest extends ApiTest {

    private static final String M = "mentor1";
    private static final String LC = "lc1";
    private static final String OC = "oc1";
    private static final String BEHEER = "beheer1";
    private static final String INTEGRATOR = "integrator";
    private static final List<String> EVERYONE = List.of(M, LC, OC, BEHEER, INTEGRATOR);
    private static final Set<String> CASE_ROLES = Set.of(M, LC, OC);
    private static final Set<String> COORDINATORS = Set.of(LC, OC);
    private static final Set<String> ROSTER_WRITERS = Set.of(BEHEER, INTEGRATOR);
    private static final Set<String> ALL = Set.copyOf(EVERYONE);

    private static String caseId;

    record Endpoint(String method, String path, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static String caseOfMentor1() {
        if (caseId == null) {
            caseId = CaseJourney.open().id;
        }
        return caseId;
    }

    static Stream<Endpoint> endpoints() {
        String c = "/api/v1/cases/{caseId}";
        String x = "00000000-0000-0000-0000-000000000000";
        return Stream.of(
                new Endpoint("GET", "/api/v1/cases", CASE_ROLES),
                new Endpoint("POST", "/api/v1/cases", CASE_ROLES),
                new Endpoint("GET", c, CASE_ROLES),
                new Endpoint("PATCH", c, CASE_ROLES),
                new Endpoint("POST", c + "/involvements", CASE_ROLES),
                new Endpoint("DELETE", c + "/involvements/nobody", CASE_ROLES),
                new Endpoint("POST", c + "/incidents", CASE_ROLES),
                new Endpoint("GET", c + "/incidents", CASE_ROLES),
                new Endpoint("GET", c + "/incidents/" + x, CASE_ROLES),
                new Endpoint("GET", c + "/involvements/nobody", CASE_ROLES),
                new Endpoint("PUT", c + "/analysis", CASE_ROLES),
                new Endpoint("GET", c + "/analysis", CASE_ROLES),
                new Endpoint("POST", c + "/actions", CASE_ROLES),
                new Endpoint("PATCH", c + "/actions/" + x, CASE_ROLES),
                new Endpoint("GET", c + "/actions", CASE_ROLES),
                new Endpoint("GET", c + "/actions/" + x, CASE_ROLES),
                new Endpoint("POST", c + "/conversations", CASE_ROLES),
                new Endpoint("GET", c + "/conversations", CASE_ROLES),
                new Endpoint("GET", c + "/conversations/" + x, CASE_ROLES),
                new Endpoint("POST", c + "/agreements", CASE_ROLES),
                new Endpoint("PATCH", c + "/agreements/" + x, CASE_ROLES),
                new Endpoint("GET", c + "/agreements", CASE_ROLES),
                new Endpoint("GET", c + "/agreements/" + x, CASE_ROLES),
                new Endpoint("POST", c + "/transitions", CASE_ROLES),
                new Endpoint("POST", c + "/escalations", COORDINATORS),
                new Endpoint("POST", c + "/sign-offs", CASE_ROLES),
                new Endpoint("GET", c + "/sign-offs", CASE_ROLES),
                new Endpoint("GET", c + "/sign-offs/" + x, CASE_ROLES),
                new Endpoint("POST", c + "/measures", COORDINATORS),
                new Endpoint("PATCH", c + "/measures/" + x, COORDINATORS),
                new Endpoint("GET", c + "/measures", CASE_ROLES),
                new Endpoint("GET", c + "/measures/" + x, CASE_ROLES),
                new Endpoint("GET", c + "/timeline", CASE_ROLES),
                new Endpoint("GET", c + "/audit", Set.of(OC)),
                new Endpoint("GET", "/api/v1/agreements/due", CASE_ROLES),
                new Endpoint("GET", "/api/v1/students/1A-01/export", Set.of(OC)),
                new Endpoint("GET", "/api/v1/retention/preview", Set.of(BEHEER)),
                new Endpoint("PUT", "/api/v1/students/role-test", ROSTER_WRITERS),
                new Endpoint("GET", "/api/v1/students", ALL),
                new Endpoint("GET", "/api/v1/students/1A-01", ALL),
                new Endpoint("PUT", "/api/v1/groups/ROLE-TEST", ROSTER_WRITERS),
                new Endpoint("GET", "/api/v1/groups", ALL),
                new Endpoint("GET", "/api/v1/groups/1A", ALL),
                new Endpoint("PUT", "/api/v1/staff/role-test", ROSTER_WRITERS),
                new Endpoint("GET", "/api/v1/staff", ALL),
                new Endpoint("GET", "/api/v1/staff/mw-mentor1", ALL),
                new Endpoint("PUT", "/api/v1/calendar/2031-2032", Set.of(BEHEER)),
                new Endpoint("GET", "/api/v1/calendar/2026-2027", ALL),
                new Endpoint("GET", "/api/v1/conversation-guides/GEPESTE", Set.of(M, LC, OC, BEHEER)));
    }

    static Stream<Arguments> endpointsByRole() {
        return endpoints().flatMap(e -> EVERYONE.stream().map(user -> Arguments.of(e, user)));
    }

    private static RequestSpecification asRole(String user) {
        return user.equals(INTEGRATOR) ? Api.asIntegrator() : Api.as(user);
    }

    private static io.restassured.response.Response call(RequestSpecification spec, Endpoint e) {
        String path = e.path().replace("{caseId}", caseOfMentor1());
        if (!e.method().equals("GET") && !e.method().equals("DELETE")) {
            spec = spec.body("{}");
        }
        return spec.request(e.method(), path);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsByRole")
    void eachRoleReachesExactlyWhatSpecSectionOneAllows(Endpoint e, String user) {
        var response = call(asRole(user), e).then();
        if (e.allowed().contains(user)) {
            response.statusCode(not(oneOf(401, 403)));
        } else {
            response.statusCode(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenEveryEndpointAnswers401(Endpoint e) {
        call(Api.anonymous(), e).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aGarbageTokenIsRefusedWith401(Endpoint e) {
        call(Api.anonymous().auth().oauth2("not.a.token"), e).then().statusCode(401);
    }

    // spec §1: a refusal that depends on the request as well as the role is a 422 naming its rule

    @Test
    void aRemovalProposalByTheLeerlingcoordinatorIs422NamingTheRule() {
        CaseJourney journey = CaseJourney.open();
        Api.as(LC).body(Map.of("type", "VOORDRACHT_VERWIJDERING", "studentId", journey.bystander, "reason",
                "Blijft pesten", "parentsHeardOn", LocalDate.now().toString()))
                .post("/api/v1/cases/" + journey.id + "/measures").then().statusCode(422)
                .body("code", equalTo("removal-proposal-by-oc-only"));
    }

    @Test
    void adviceByAMentorOrLeerlingcoordinatorIs422NamingTheRule() {
        CaseJourney journey = CaseJourney.open();
        for (String user : List.of(M, LC)) {
            Api.as(user).body(Map.of("type", "ADVIES", "heldAt", Instant.now().minusSeconds(60).toString(),
                    "studentIds", List.of(), "notes", "Advies")).post("/api/v1/cases/" + journey.id + "/conversations").then()
                    .statusCode(422).body("code", equalTo("advice-by-oc-only"));
        }
    }

    @Test
    void raisingToPm2ByTheOndersteuningscoordinatorIs422NamingTheRule() {
        CaseJourney journey = CaseJourney.open();
        journey.escalate(OC, Map.of("reason", "Zorgen")).then().statusCode(422)
                .body("code", equalTo("pm2-is-for-the-leerlingcoordinator"));
    }

    @Test
    void aRoleThatMayNeverCallAnEndpointGets403BeforeAnyLookup() {
        String missing = "/api/v1/cases/7b0e2a4c-0000-4000-8000-000000000000";
        Api.as(M).header("If-Match", "\"1\"").body("{\"reason\":\"Zorgen\"}").post(missing + "/escalations").then()
                .statusCode(403);
        Api.as(M).body("{}").post(missing + "/measures").then().statusCode(403);
        Api.as(BEHEER).get(missing).then().statusCode(403);
        Api.as(LC).get(missing + "/audit").then().statusCode(403);
    }
}
