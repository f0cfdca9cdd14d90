package nl.pestprotocol.cases;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestCalendar;

/**
 * The table of {@link RecordKind}: in every step, every kind of record is accepted exactly where the
 * table says, and refused with the kind's code elsewhere. One real case per step.
 */
@QuarkusTest
class RecordStepsTest extends ApiTest {

    private static final Map<Step, CaseJourney> CASES = new EnumMap<>(Step.class);

    @BeforeEach
    void calendar() {
        TestCalendar.ensure();
    }

    /**
     * Step-major, so the incident (which reopens a closed case) is the last write on each case; the escalation,
     * last in the table, comes after every record whose rules could read the level.
     */
    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Step step : Step.values()) {
            for (RecordKind kind : RecordKind.values()) {
                if (kind != RecordKind.INCIDENT) {
                    rows.add(Arguments.of(step, kind, kind.writableIn(step)));
                }
            }
            rows.add(Arguments.of(step, RecordKind.INCIDENT, RecordKind.INCIDENT.writableIn(step)));
        }
        return rows.stream();
    }

    private static synchronized CaseJourney caseAt(Step step) {
        return CASES.computeIfAbsent(step, s -> CaseJourney.open().reach(s));
    }

    @ParameterizedTest(name = "{1} in {0}: writable={2}")
    @MethodSource("table")
    void aRecordIsWrittenOnlyInTheStepsOfTheTable(Step step, RecordKind kind, boolean writable) {
        CaseJourney journey = caseAt(step);
        Response response = write(journey, kind);
        if (writable) {
            response.then().statusCode(lessThan(300));
        } else {
            response.then().statusCode(kind == RecordKind.MEASURE ? 422 : 409).body("unmetConditions.code", hasItem(kind.code));
        }
    }

    private static Response write(CaseJourney j, RecordKind kind) {
        String c = "/api/v1/cases/" + j.id;
        String yesterday = Instant.now().minusSeconds(86_400).toString();
        return switch (kind) {
            case CASE_DETAILS -> as("lc1").header("If-Match", j.etag()).body(Map.of("summary", "Bijgewerkt")).patch(c);
            case INVOLVEMENT -> as("lc1").body(Map.of("studentId", CaseJourney.newStudent("1A"), "role", "AFZIJDIG"))
                    .post(c + "/involvements");
            case INCIDENT -> as("lc1").body(CaseJourney.incident(List.of(Map.of("studentId", j.bystander, "role", "AFZIJDIG"))))
                    .post(c + "/incidents");
            case ANALYSIS -> as("lc1").body(Map.of("severity", "LAAG", "how", "Schelden", "forms", List.of("VERBAAL"),
                    "groupRole", "Kijkt toe", "duration", "Een week")).put(c + "/analysis");
            case ACTION -> as("lc1").body(Map.of("term", "KORT", "track", "GROEP", "description", "Klassengesprek",
                    "assigneeId", "mw-mentor1", "studentIds", List.of(j.bystander))).post(c + "/actions");
            case CONVERSATION -> as("lc1").body(Map.of("type", "GROEP", "heldAt", yesterday, "studentIds",
                    List.of(j.bystander))).post(c + "/conversations");
            case AGREEMENT -> as("lc1").body(Map.of("description", "Elkaar met rust laten", "partyIds", List.of(j.bystander),
                    "reviewOn", LocalDate.now().plusDays(20).toString())).post(c + "/agreements");
            case SIGN_OFF -> as("lc1").body(Map.of("signAs", "LEERLINGCOORDINATOR", "outcome", "EFFECT_BEHAALD"))
                    .post(c + "/sign-offs");
            case MEASURE -> as("lc1").body(Map.of("type", "SCHORSING", "studentId", j.pester, "startOn",
                    TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                    .post(c + "/measures");
            case ESCALATION -> as("lc1").header("If-Match", j.etag()).body(Map.of("reason", "Het pesten gaat door"))
                    .post(c + "/escalations");
        };
    }
}
