package nl.pestprotocol.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The API side: one phase per job, one after the other, each with {@link Plan#users()} virtual
 * users looping for the phase's time, every request with the user's real Keycloak token.
 */
public class BenchSimulation extends Simulation {

    static final String INCIDENT = """
            {"occurredAt":"2026-01-12T10:15:00Z","reporterType":"LEERLING","location":"kantine","forms":["VERBAAL"],
             "description":"Uitgescholden in de pauze.","students":[{"studentId":"1A-01","role":"GEPESTE"},
             {"studentId":"1A-02","role":"PESTER"}]}""";
    static final String NEW_CASE = "{\"summary\":\"Uitgescholden in de kantine\",\"incident\":" + INCIDENT + "}";

    public BenchSimulation() {
        Plan plan = Plan.current();
        HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl()).acceptHeader("application/json")
                .contentTypeHeader("application/json").shareConnections();
        PopulationBuilder chain = null;
        for (Job job : plan.jobs()) {
            PopulationBuilder phase = scenarioOf(job, plan).injectOpen(atOnceUsers(plan.users()));
            chain = chain == null ? phase : chain.andThen(phase);
        }
        setUp(chain).protocols(protocol);
    }

    private static ScenarioBuilder scenarioOf(Job job, Plan plan) {
        Meter meter = plan.meter();
        ChainBuilder one = CoreDsl.exec(session -> {
            meter.start(job);
            return prepare(job, plan, session.set("token", "Bearer " + plan.tokens().get(job.user)));
        }).exec(request(job)).exec(session -> {
            meter.done(job, !session.isFailed());
            return session.markAsSucceeded();
        });
        return scenario(job.label).during(Duration.ofMillis((long) (meter.totalSeconds() * 1000))).on(one);
    }

    private static Session prepare(Job job, Plan plan, Session session) {
        return switch (job) {
            case LOG_INCIDENT, READ_CASE -> session.set("caseId",
                    plan.caseIds().get(ThreadLocalRandom.current().nextInt(plan.caseIds().size())));
            case TRANSITION -> {
                String id = plan.transitionCases().poll();
                if (id == null) {
                    throw new IllegalStateException("the transition pool ran out; raise Seeder.TRANSITION_POOL");
                }
                yield session.set("caseId", id);
            }
            default -> session;
        };
    }

    private static HttpRequestActionBuilder request(Job job) {
        HttpRequestActionBuilder r = switch (job) {
            case OPEN_CASE -> http(job.label).post("/api/v1/cases").body(StringBody(NEW_CASE));
            case LOG_INCIDENT -> http(job.label).post("/api/v1/cases/#{caseId}/incidents").body(StringBody(INCIDENT));
            case READ_CASE -> http(job.label).get("/api/v1/cases/#{caseId}");
            case LIST_MENTOR, LIST_LC, LIST_OC -> http(job.label).get("/api/v1/cases?limit=25");
            case TRANSITION -> http(job.label).post("/api/v1/cases/#{caseId}/transitions").header("If-Match", "*")
                    .body(StringBody("{\"to\":\"ANALYSEREN\"}"));
        };
        return r.header("Authorization", "#{token}").check(status().in(200, 201));
    }

    static List<Job> all() {
        return new ArrayList<>(List.of(Job.values()));
    }
}
