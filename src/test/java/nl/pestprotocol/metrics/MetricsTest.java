package nl.pestprotocol.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.ContractValidation;

/** /q/metrics as Prometheus scrapes it: HTTP, pool, JVM and the domain counters of spec §12, without pupil data. */
@QuarkusTest
class MetricsTest extends ApiTest {

    @Test
    void openingACaseCountsOneCaseOpened() {
        double before = value(scrape(), "pestprotocol_cases_opened_total");

        CaseJourney.open();

        assertEquals(before + 1, value(scrape(), "pestprotocol_cases_opened_total"));
    }

    @Test
    void stepChangesAreCountedByStepAndEscalationsByLevelReached() {
        String before = scrape();
        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        journey.escalate(CaseJourney.LC, Map.of("reason", "Ernstige situatie")).then().statusCode(200);
        String after = scrape();

        String transition = "pestprotocol_case_transitions_total{cause=\"REQUESTED\",from=\"SIGNALEREN\",to=\"ANALYSEREN\"}";
        String escalation = "pestprotocol_case_escalations_total{cause=\"HANDMATIG\",to=\"PM_2\"}";
        assertEquals(value(before, transition) + 1, value(after, transition), after);
        assertEquals(value(before, escalation) + 1, value(after, escalation), after);
    }

    @Test
    void httpMetricsNameTheRouteTemplateAndNeverAPupilsIdOrName() {
        String pupil = CaseJourney.newStudent("1A");
        as("oc1").get("/api/v1/students/" + pupil + "/export").then().statusCode(200);
        // refused before any route matched: the raw path (with the id) must not become a uri tag either
        as("oc1").accept("text/html").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .get("/api/v1/students/" + pupil + "/export").then().statusCode(406);
        as("oc1").filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE).get("/api/v1/no-such-route/" + pupil).then()
                .statusCode(404);

        String metrics = scrape();

        // the template below the REST root /api/v1, as Quarkus REST matched it
        assertTrue(metrics.contains("uri=\"/students/{externalId}/export\""), () -> "the uri tag is the route template: "
                + Arrays.stream(metrics.split("\n")).filter(l -> l.startsWith("http_server_requests_seconds_count")).toList());
        // the pupil's externalId is also its family name in the test roster
        assertFalse(metrics.contains(pupil), "no pupil id or name in /q/metrics");
    }

    @Test
    void metricsHoldHttpServerDatabasePoolAndJvm() {
        String metrics = scrape();

        for (String series : new String[] {"http_server_requests_seconds_count", "agroal_active_count",
                "agroal_available_count", "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "pestprotocol_cases_opened_total"}) {
            assertTrue(metrics.contains(series), series + " is in /q/metrics");
        }
        // what Quarkus answers without an Accept header (Prometheus asks for either)
        String openMetrics = given().get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("application/openmetrics-text")).extract().asString();
        assertTrue(openMetrics.contains("pestprotocol_cases_opened_total"), "the same series in OpenMetrics");
    }

    /** Prometheus' text format; with Accept: application/openmetrics-text the same series come as OpenMetrics. */
    static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();
    }

    /** The value of one series (name with its labels as Prometheus prints them); 0 when it is not there yet. */
    static double value(String metrics, String series) {
        // the older Prometheus text format ends the labels with ",}"
        return Arrays.stream(metrics.replace(",}", "}").split("\n")).filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0])).orElse(0.0);
    }
}
