package nl.pestprotocol.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.retention.RetentionService;
import nl.pestprotocol.support.Api;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.TestClock;

/** Spec §13: reports from pupils and parents without an account, the receipt, the status, triage by the aanspreekpunt. */
@QuarkusTest
class ReportsTest extends ApiTest {

    static final String APS = "aps1";

    @Inject
    DataSource dataSource;

    @Inject
    ReportRecords records;

    @Inject
    RetentionService retention;

    /** Two school years and a bit: past the default retention period (P2Y). */
    private static final Duration PAST_RETENTION = Duration.ofDays(2 * 366 + 20);

    /** A report as a pupil's form would send it. */
    static Map<String, Object> report(String reporterType, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("reporterType", reporterType);
        body.put("forms", List.of("DIGITAAL"));
        body.put("location", "klassenapp");
        body.put("occurredOn", "2026-11-05");
        body.put("description", description);
        body.put("about", "Twee jongens uit mijn klas");
        return body;
    }

    /** Submits a report anonymously; answers the receipt (code, secret). */
    static Map<String, String> submit(Map<String, Object> body) {
        return Api.publicly().body(body).post("/api/v1/reports").then().statusCode(201).extract().jsonPath()
                .getMap("", String.class, String.class);
    }

    static Response status(String code, String secret) {
        return Api.publicly().header("Report-Secret", secret).get("/api/v1/reports/" + code);
    }

    /** The queue entry of the report with this code, as the aanspreekpunt sees it. */
    static Map<String, Object> queued(String code) {
        return Pages.all(APS, "/api/v1/reports").stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    }

    static Response triage(String user, String reportId, Map<String, ?> body) {
        return Api.as(user).body(body).post("/api/v1/reports/" + reportId + "/triage");
    }

    @Test
    void anAnonymousReportGetsAReceiptWhoseStatusShowsOnlyStatusMessageAndWhereElseToTurn() {
        Response created = Api.publicly().body(report("LEERLING", "Ze sturen gemene berichten over mij.")).post("/api/v1/reports");
        created.then().statusCode(201).body("status", equalTo("ONTVANGEN"))
                .body("code", matchesPattern("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"))
                .body("secret", matchesPattern("[2-9A-HJ-NP-Z]{24}"));
        String code = created.path("code");
        assertTrue(created.header("Location").endsWith("/api/v1/reports/" + code), created.header("Location"));
        Map<String, Object> shown = status(code, created.path("secret")).then().statusCode(200)
                .body("status", equalTo("ONTVANGEN")).body("message", notNullValue())
                .body("externalHelp.name", hasItem("Vertrouwensinspecteur van de Onderwijsinspectie"))
                .body("externalHelp.name", hasItem("Kindertelefoon")).extract().jsonPath().getMap("");
        assertEquals(Set.of("code", "status", "message", "externalHelp"), shown.keySet(), "nothing but status, message and help");
        // the secret is stored only as a hash
        assertFalse(databaseHolds(created.path("secret")), "the secret itself is not in the database");
    }

    @Test
    void aWrongSecretAndAnUnknownCodeGetTheSameAnswerThatTellsNothing() {
        Map<String, String> receipt = submit(report("OUDER", "Mijn dochter wordt buitengesloten."));
        Response wrongSecret = status(receipt.get("code"), "ABCDEFGHJKLMNPQRSTUVWXYZ");
        Response unknownCode = status("2222-3333-4444", receipt.get("secret"));
        Response notACode = status("<script>alert(1)", receipt.get("secret"));
        for (Response r : List.of(wrongSecret, unknownCode, notACode)) {
            r.then().statusCode(404);
            assertEquals(wrongSecret.path("detail"), r.<String>path("detail"));
            assertEquals(wrongSecret.path("title"), r.<String>path("title"));
            assertFalse(r.asString().contains("<script"), r.asString());
        }
        Api.publicly().filter(nl.pestprotocol.support.ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .get("/api/v1/reports/" + receipt.get("code")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("Report-Secret"));
        status(receipt.get("code"), receipt.get("secret").toLowerCase()).then().statusCode(200);
    }

    @Test
    void theExternalHelpIsPublicAndNamesTheProtocolsPlacesAndTheVertrouwensinspecteur() {
        Api.publicly().get("/api/v1/external-help").then().statusCode(200)
                .body("items.name", hasItem("Kinderombudsman")).body("items.name", hasItem("Ouders & Onderwijs"))
                .body("items.name", hasItem("Regenboogloket")).body("items.name", hasItem("Balans"))
                .body("items.name", hasItem("Stop Pesten Nu"))
                .body("items.find { it.name.startsWith('Vertrouwensinspecteur') }.phone", equalTo("0900-1113111"));
    }

    @Test
    void aReportTriagedIntoANewCaseIsInBehandelingThenFollowsTheCaseToAfgehandeldAndBackByHerhaling() {
        Map<String, String> receipt = submit(report("LEERLING", "Foto's van mij in de klassenapp."));
        String reportId = (String) queued(receipt.get("code")).get("id");
        String gepeste = CaseJourney.newStudent("1A");
        String caseId = triage(APS, reportId, Map.of("triage", "NIEUWE_CASUS", "summary", "Foto's in de klassenapp",
                "students", List.of(Map.of("studentId", gepeste, "role", "GEPESTE")), "message", "We spreken je morgen."))
                .then().statusCode(200).body("triage", equalTo("NIEUWE_CASUS")).body("status", equalTo("IN_BEHANDELING"))
                .body("triagedBy.username", equalTo(APS)).extract().path("caseId");
        status(receipt.get("code"), receipt.get("secret")).then().body("status", equalTo("IN_BEHANDELING"))
                .body("message", equalTo("We spreken je morgen."));
        // the case: PM_1, its first incident is the report with the reporter's type; its mentor sees it
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + caseId + "/incidents").then().statusCode(200)
                .body("items[0].reporterType", equalTo("LEERLING")).body("items[0].description", equalTo("Foto's van mij in de klassenapp."))
                .body("items[0].location", equalTo("klassenapp")).body("items[0].forms", equalTo(List.of("DIGITAAL")));

        step(caseId, "ANALYSEREN", null);
        step(caseId, "AFGESLOTEN", "Geen pesten: opgelost in een gesprek");
        status(receipt.get("code"), receipt.get("secret")).then().body("status", equalTo("AFGEHANDELD"));

        as(CaseJourney.MENTOR).body(CaseJourney.incident(List.of())).post("/api/v1/cases/" + caseId + "/incidents").then()
                .statusCode(201);
        status(receipt.get("code"), receipt.get("secret")).then().body("status", equalTo("IN_BEHANDELING"));
    }

    private static void step(String caseId, String to, String reason) {
        String etag = as(CaseJourney.LC).get("/api/v1/cases/" + caseId).header("ETag");
        Map<String, String> body = reason == null ? Map.of("to", to) : Map.of("to", to, "reason", reason);
        as(CaseJourney.LC).header("If-Match", etag).body(body).post("/api/v1/cases/" + caseId + "/transitions").then()
                .statusCode(200).body("step", equalTo(to));
    }

    @Test
    void aReportLinkedToAnExistingCaseBecomesAnIncidentWithTheReportersType() {
        CaseJourney journey = CaseJourney.open();
        Map<String, String> receipt = submit(report("OUDER", "Mijn zoon wordt op weg naar huis geduwd."));
        String reportId = (String) queued(receipt.get("code")).get("id");
        triage(APS, reportId, Map.of("triage", "GEKOPPELD", "caseId", journey.id)).then().statusCode(200)
                .body("caseId", equalTo(journey.id)).body("status", equalTo("IN_BEHANDELING"));
        List<Map<String, Object>> incidents = Pages.all(CaseJourney.MENTOR, "/api/v1/cases/" + journey.id + "/incidents");
        assertTrue(incidents.stream().anyMatch(i -> "OUDER".equals(i.get("reporterType"))
                && "Mijn zoon wordt op weg naar huis geduwd.".equals(i.get("description"))), incidents.toString());
        status(receipt.get("code"), receipt.get("secret")).then().body("status", equalTo("IN_BEHANDELING"));
        // triaged once
        triage(APS, reportId, Map.of("triage", "GESLOTEN", "closeReason", "Dubbel")).then().statusCode(409)
                .body("unmetConditions[0].code", equalTo("report-already-triaged"));
    }

    @Test
    void linkingToACaseThatDoesNotExistIs404AndNothingChanges() {
        Map<String, String> receipt = submit(report("ANDERS", "Ik zag het op het schoolplein."));
        String reportId = (String) queued(receipt.get("code")).get("id");
        triage(APS, reportId, Map.of("triage", "GEKOPPELD", "caseId", UUID.randomUUID().toString())).then().statusCode(404);
        assertEquals("ONTVANGEN", queued(receipt.get("code")).get("status"));
    }

    @Test
    void closingAReportNeedsAReasonAndMakesItAfgehandeldForTheReporter() {
        Map<String, String> receipt = submit(report("ANDERS", "Een buurtbewoner ziet ruzie bij de bushalte."));
        String reportId = (String) queued(receipt.get("code")).get("id");
        triage(APS, reportId, Map.of("triage", "GESLOTEN")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("closeReason"));
        triage(APS, reportId, Map.of("triage", "GESLOTEN", "closeReason", "Geen leerlingen van onze school")).then()
                .statusCode(200).body("status", equalTo("AFGEHANDELD")).body("caseId", nullValue());
        status(receipt.get("code"), receipt.get("secret")).then().body("status", equalTo("AFGEHANDELD"))
                .body("message", notNullValue());
    }

    @Test
    void onlyTheAanspreekpuntSeesTheQueueAndTriages() {
        Map<String, String> receipt = submit(report("LEERLING", "Ik word uitgelachen."));
        String reportId = (String) queued(receipt.get("code")).get("id");
        for (String user : List.of(CaseJourney.MENTOR, CaseJourney.LC, CaseJourney.OC, "beheer1")) {
            as(user).get("/api/v1/reports").then().statusCode(403);
            triage(user, reportId, Map.of("triage", "GESLOTEN", "closeReason", "x")).then().statusCode(403);
        }
        anonymous().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void theQueueIsPagedNewestFirstAndFiltersByStatus() {
        for (int i = 0; i < 3; i++) {
            submit(report("LEERLING", "Melding " + i));
        }
        Response first = as(APS).queryParam("limit", 2).get("/api/v1/reports");
        first.then().statusCode(200).body("items.size()", equalTo(2)).body("next", notNullValue());
        Instant newest = Instant.parse(first.path("items[0].receivedAt"));
        Instant second = Instant.parse(first.path("items[1].receivedAt"));
        assertFalse(second.isAfter(newest));
        as(APS).queryParam("limit", 2).queryParam("cursor", first.<String>path("next")).get("/api/v1/reports").then()
                .statusCode(200).body("items[0].id", not(equalTo(first.path("items[1].id"))));
        as(APS).queryParam("status", "AFGEHANDELD").get("/api/v1/reports").then().statusCode(200)
                .body("items.status", not(hasItem("ONTVANGEN")));
    }

    @Test
    void noHtmlOrScriptFromARequestIsReflectedInAnyAnswer() {
        String script = "<script>alert('x')</script>";
        Map<String, Object> body = report("LEERLING", script);
        body.put("reporterName", script);
        body.put("reporterContact", script);
        body.put("location", script);
        body.put("about", script);
        Response created = Api.publicly().body(body).post("/api/v1/reports");
        created.then().statusCode(201).contentType(equalTo("application/json;charset=UTF-8"));
        assertFalse(created.asString().contains("<script"), created.asString());
        Response shown = status(created.path("code"), created.path("secret"));
        assertFalse(shown.asString().contains("<script"), shown.asString());
        Map<String, Object> bad = report(script, "x");
        Response refused = Api.publicly().filter(nl.pestprotocol.support.ContractValidation.INVALID_REQUEST_ON_PURPOSE).body(bad)
                .post("/api/v1/reports");
        refused.then().statusCode(400);
        assertFalse(refused.asString().contains("<script"), refused.asString());
    }

    @Test
    void sizesAreBoundedAndUnknownPropertiesRefused() {
        Api.publicly().filter(nl.pestprotocol.support.ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .body(report("LEERLING", "x".repeat(10_001))).post("/api/v1/reports").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("description"));
        Map<String, Object> withStatus = report("LEERLING", "x");
        withStatus.put("status", "AFGEHANDELD");
        Api.publicly().filter(nl.pestprotocol.support.ContractValidation.INVALID_REQUEST_ON_PURPOSE).body(withStatus)
                .post("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void everyReadAndWriteOfAReportIsAuditedWithoutAPupil() throws SQLException {
        Map<String, String> receipt = submit(report("LEERLING", "Audit mij."));
        status(receipt.get("code"), receipt.get("secret")).then().statusCode(200);
        String reportId = (String) queued(receipt.get("code")).get("id");
        triage(APS, reportId, Map.of("triage", "GESLOTEN", "closeReason", "Getest")).then().statusCode(200);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select string_agg(action || ' ' || role || ' ' || username, ',' order by id), bool_and(student_id is null)
                from audit_entry where report_id = ?""")) {
            s.setObject(1, UUID.fromString(reportId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                String entries = r.getString(1);
                assertTrue(entries.contains("POST /api/v1/reports none anonymous"), entries);
                assertTrue(entries.contains("GET /api/v1/reports/{code} none anonymous"), entries);
                assertTrue(entries.contains("GET /api/v1/reports aanspreekpunt aps1"), entries);
                assertTrue(entries.contains("POST /api/v1/reports/{reportId}/triage aanspreekpunt aps1"), entries);
                assertTrue(r.getBoolean(2), "no pupil in the audit");
            }
        }
    }

    @Test
    void thirtyReportsFromOneAddressInAMinuteAreReceivedTheThirtyFirstIs429AndStoresNothingWhileAnotherAddressIsServed()
            throws Exception {
        // an address of this test's own: the suite's 127.0.0.1 is kept out of the limit's way (ratelimit/SuiteAddress)
        String client = "127.0.0.30";
        for (int i = 1; i <= 30; i++) {
            RawHttp.Response received = postFrom(client, "Melding " + i + " van één adres");
            assertEquals(201, received.status(), received.body());
            assertEquals("\"reports\";q=30;w=60", received.header("RateLimit-Policy"));
            assertTrue(received.header("RateLimit").startsWith("\"reports\";r=" + (30 - i) + ";t="), received.header("RateLimit"));
        }
        long before = reportRows();

        RawHttp.Response refused = postFrom(client, "De eenendertigste");

        assertEquals(429, refused.status(), refused.body());
        ProblemContract.assertProblem(refused.status(), refused.contentType(), refused.body());
        assertTrue(refused.body().contains("too-many-requests"), refused.body());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " lies within the minute");
        assertEquals("\"reports\";q=30;w=60", refused.header("RateLimit-Policy"));
        assertTrue(refused.header("RateLimit").startsWith("\"reports\";r=0;t="), refused.header("RateLimit"));
        assertFalse(refused.body().contains("De eenendertigste"));
        assertEquals(before, reportRows(), "the refused report is not stored");
        assertFalse(databaseHolds("De eenendertigste"));
        // another client still has its own 30
        RawHttp.Response other = postFrom("127.0.0.31", "Van een ander adres");
        assertEquals(201, other.status(), other.body());
        assertTrue(other.header("RateLimit").startsWith("\"reports\";r=29;t="), other.header("RateLimit"));
    }

    /** POST /api/v1/reports from a loopback address of the test's choice (a client as the per-address limit sees it). */
    static RawHttp.Response postFrom(String address, String description) throws java.io.IOException {
        byte[] json = ("{\"reporterType\":\"LEERLING\",\"description\":\"" + description + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.sendFrom(address, "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.length + "\r\nConnection: close", json);
    }

    private long reportRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from report");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void retentionRemovesTheReportersNameContactAndTextsFromTheReportsOfItsCases() {
        Map<String, Object> body = report("OUDER", "Tekst van een ouder");
        body.put("reporterName", "Mevrouw Jansen");
        body.put("reporterContact", "06-12345678");
        Map<String, String> receipt = submit(body);
        String reportId = (String) queued(receipt.get("code")).get("id");
        CaseJourney journey = CaseJourney.open();
        triage(APS, reportId, Map.of("triage", "GEKOPPELD", "caseId", journey.id)).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> records.anonymise(List.of(UUID.fromString(journey.id)), Instant.now()));
        Map<String, Object> after = queued(receipt.get("code"));
        for (String gone : List.of("reporterName", "reporterContact", "description", "about", "location")) {
            assertEquals(null, after.get(gone), gone);
        }
        assertEquals("OUDER", after.get("reporterType"));
        assertEquals(List.of("DIGITAAL"), after.get("forms"));
        assertFalse(databaseHolds("Mevrouw Jansen") || databaseHolds("06-12345678"));
    }

    @Test
    void retentionRemovesTheReportersNameContactAndTextsFromReportsWithoutACaseTheClosedCasesTermAfterClosingOrReceipt() {
        // one closed without a case, one never triaged; both with a name and contact to lose
        Map<String, Object> closedBody = report("OUDER", "Gesloten zonder casus");
        closedBody.put("reporterName", "Meneer Pietersen");
        closedBody.put("reporterContact", "pietersen@example.org");
        Map<String, String> closed = submit(closedBody);
        triage(APS, (String) queued(closed.get("code")).get("id"), Map.of("triage", "GESLOTEN", "closeReason",
                "Ouder verwezen naar de wijkagent", "message", "Bel ons gerust nog eens.")).then().statusCode(200);
        Map<String, Object> untouchedBody = report("LEERLING", "Nooit opgepakt");
        untouchedBody.put("reporterName", "Sanne uit 2B");
        untouchedBody.put("reporterContact", "06-87654321");
        Map<String, String> untouched = submit(untouchedBody);
        String untouchedId = (String) queued(untouched.get("code")).get("id");

        retention.run();
        assertEquals("Meneer Pietersen", queued(closed.get("code")).get("reporterName"), "within the term nothing is removed");
        assertEquals("Sanne uit 2B", queued(untouched.get("code")).get("reporterName"), "within the term nothing is removed");

        try {
            TestClock.shift(PAST_RETENTION);
            // a report closed just now, in the shifted time, is within its own term and keeps its content
            Map<String, String> recent = submit(report("ANDERS", "Net gesloten"));
            triage(APS, (String) queued(recent.get("code")).get("id"), Map.of("triage", "GESLOTEN", "closeReason", "Dubbel"))
                    .then().statusCode(200);

            assertTrue(retention.run().outsideCases() >= 2);

            for (Map<String, String> receipt : List.of(closed, untouched)) {
                Map<String, Object> after = queued(receipt.get("code"));
                for (String gone : List.of("reporterName", "reporterContact", "description", "about", "location", "message",
                        "closeReason")) {
                    assertNull(after.get(gone), receipt.get("code") + " " + gone);
                }
                assertEquals(List.of("DIGITAAL"), after.get("forms"), "the anonymous facts stay countable");
                assertNotNull(after.get("reporterType"));
            }
            assertEquals("AFGEHANDELD", queued(closed.get("code")).get("status"));
            assertEquals("ONTVANGEN", queued(untouched.get("code")).get("status"));
            // the reporter still reads the status, now with the status's own message
            status(closed.get("code"), closed.get("secret")).then().statusCode(200).body("status", equalTo("AFGEHANDELD"))
                    .body("message", not(equalTo("Bel ons gerust nog eens.")));
            for (String personal : List.of("Meneer Pietersen", "pietersen@example.org", "Gesloten zonder casus",
                    "Ouder verwezen naar de wijkagent", "Bel ons gerust", "Sanne uit 2B", "06-87654321", "Nooit opgepakt")) {
                assertFalse(databaseHolds(personal), personal + " is gone from every report");
            }
            assertEquals("Net gesloten", queued(recent.get("code")).get("description"), "a report closed within the term keeps it");
            // nothing is left to put on a case
            triage(APS, untouchedId, Map.of("triage", "GESLOTEN", "closeReason", "Te laat")).then().statusCode(409)
                    .body("unmetConditions[0].code", equalTo("report-anonymised"));
        } finally {
            TestClock.reset();
        }
    }

    /** Whether any report row holds this text in any column. */
    private boolean databaseHolds(String text) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from report r where position(? in cast(row_to_json(r) as text)) > 0")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
