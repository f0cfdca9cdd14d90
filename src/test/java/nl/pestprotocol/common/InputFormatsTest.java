package nl.pestprotocol.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/**
 * Every date and date-time the API takes (bodies, query parameters, cursors) is RFC 3339 with a
 * four-digit year within 1900–9999, and enums are taken by name only; anything else is a 400 that
 * names the field, and nothing is stored.
 */
@QuarkusTest
class InputFormatsTest extends ApiTest {

    private static final List<String> TABLES = List.of("bullying_case", "incident", "agreement", "plan_action", "conversation",
            "measure", "student", "analysis", "non_school_period");

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = { "-999999999-01-01", "+999999999-12-31", "+10000-01-01", "-4713-01-01", "0000-01-01",
            "1899-12-31", "2026-1-1", "20261102", "2026-02-30", "2026-11-02T00:00:00Z", " 2026-11-02" })
    void aQueryDateThatIsNoRfc3339DateInRangeIs400NamingIt(String value) {
        as("mentor1").queryParam("openedFrom", value).get("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("openedFrom"));
        as("mentor1").queryParam("openedTo", value).get("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("openedTo"));
    }

    @Test
    void theFirstAndLastDayOfTheRangeAreAccepted() {
        as("mentor1").queryParam("openedFrom", "1900-01-01").queryParam("openedTo", "9999-12-31").get("/api/v1/cases").then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "1800-01-01T00:00:00Z" })
    void aForgedCursorWithAnInstantOutOfRangeIs400(String instant) {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((instant + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        as("mentor1").queryParam("cursor", cursor).get("/api/v1/cases").then().statusCode(400)
                .body("invalidParams.name", contains("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "-4713-01-01", "+10000-01-01", "0000-01-01", "1899-12-31", "2026-02-30",
            "2026-11-02T10:00:00Z", "02-11-2026", "2026-W45-1" })
    void aBodyDateThatIsNoRfc3339DateInRangeIs400NamingTheFieldAndStoresNothing(String value) throws Exception {
        CaseJourney journey = CaseJourney.open();
        String base = "/api/v1/cases/" + journey.id;
        Map<String, Long> before = rowCounts();

        refused(as("mentor1").body(with(Map.of("description", "Afspraak", "partyIds", List.of(journey.bystander)), "reviewOn",
                value)), "POST", base + "/agreements", "reviewOn");
        refused(as("mentor1").body(with(Map.of("term", "KORT", "track", "PESTER", "description", "Actie", "assigneeId",
                "mw-mentor1", "studentIds", List.of(journey.bystander)), "dueOn", value)), "POST", base + "/actions", "dueOn");
        refused(as("beheer1").body(with(Map.of("givenName", "Datum", "familyName", "Test", "groupCode", "1A"), "leftOn", value)),
                "PUT", "/api/v1/students/t-date-" + UUID.randomUUID().toString().substring(0, 8), "leftOn");
        refused(as("lc1").body(with(Map.of("type", "SCHORSING", "studentId", journey.bystander, "schoolDays", 1, "reason",
                "Reden"), "startOn", value)), "POST", base + "/measures", "startOn");
        refused(as("lc1").body(with(Map.of("type", "VOORDRACHT_VERWIJDERING", "studentId", journey.bystander, "reason", "Reden"),
                "parentsHeardOn", value)), "POST", base + "/measures", "parentsHeardOn");
        refused(as("mentor1").body(with(Map.of("severity", "MIDDEN", "how", "Schelden", "forms", List.of("VERBAAL"), "groupRole",
                "Lacht mee"), "since", value)), "PUT", base + "/analysis", "since");
        refused(as("mentor1").body(with(Map.of("type", "HERSTEL", "heldAt", "2026-01-05T10:00:00Z", "studentIds",
                List.of(journey.bystander), "safetyAssessed", true), "followUpOn", value)), "POST", base + "/conversations",
                "followUpOn");
        refused(as("beheer1").body(Map.of("nonSchoolDays", List.of(Map.of("startsOn", value, "endsOn", "2031-02-23", "name",
                "Vakantie")))), "PUT", "/api/v1/calendar/2030-2031", "nonSchoolDays[0].startsOn");

        assertEquals(before, rowCounts(), "a refused request stores nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z", "2026-01-05T10:00:00", "2026-01-05 10:00:00Z", "2026-01-05", "2026-01-05T25:00:00Z",
            "2026-01-05T10:00Z", "20260105T100000Z" })
    void aBodyDateTimeThatIsNoRfc3339DateTimeInRangeIs400NamingTheField(String value) throws Exception {
        CaseJourney journey = CaseJourney.open();
        Map<String, Long> before = rowCounts();
        Map<String, Object> incident = with(CaseJourney.incident(List.of()), "occurredAt", value);
        refused(as("mentor1").body(incident), "POST", "/api/v1/cases/" + journey.id + "/incidents", "occurredAt");
        refused(as("mentor1").body(Map.of("summary", "Datum", "incident", incident)), "POST", "/api/v1/cases",
                "incident.occurredAt");
        refused(as("mentor1").body(Map.of("type", "GEPESTE", "heldAt", value, "studentIds", List.of(journey.bystander))), "POST",
                "/api/v1/cases/" + journey.id + "/conversations", "heldAt");
        assertEquals(before, rowCounts());
    }

    @Test
    void aNumberIsNoDateTimeEither() {
        CaseJourney journey = CaseJourney.open();
        refused(as("mentor1").body(with(CaseJourney.incident(List.of()), "occurredAt", 1_700_000_000L)), "POST",
                "/api/v1/cases/" + journey.id + "/incidents", "occurredAt");
        refused(as("mentor1").body(with(Map.of("description", "Afspraak", "partyIds", List.of(journey.bystander)), "reviewOn",
                20261102)), "POST", "/api/v1/cases/" + journey.id + "/agreements", "reviewOn");
    }

    @Test
    void rfc3339DateTimesWithAnOffsetOrLowerCaseLettersAreAccepted() {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").body(with(CaseJourney.incident(List.of()), "occurredAt", "2026-01-05t10:00:00.5+01:00"))
                .post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201)
                .body("occurredAt", equalTo("2026-01-05T09:00:00.500Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "1", "\"0\"", "\"2\"", "1.0", "-1" })
    void anEnumIsTakenByNameNeverByItsPosition(String role) {
        CaseJourney journey = CaseJourney.open();
        as("mentor1").body("{\"studentId\":\"" + journey.gepeste + "\",\"role\":" + role + "}")
                .post("/api/v1/cases/" + journey.id + "/involvements").then().statusCode(400)
                .body("invalidParams.name", contains("role"));
        as("mentor1").get("/api/v1/cases/" + journey.id).then().body("involvements.studentId",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(journey.gepeste)));
    }

    private static void refused(RequestSpecification request, String method, String path, String field) {
        request.request(method, path).then().statusCode(400).body("invalidParams.name", contains(field));
    }

    private static Map<String, Object> with(Map<String, ?> body, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(name, value);
        return copy;
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
