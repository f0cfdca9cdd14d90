package nl.pestprotocol.measures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Records;
import nl.pestprotocol.support.TestCalendar;
import nl.pestprotocol.support.TestClock;

/** Vervolgstappen (spec §6): the suspension ladder, school days from the calendar, and the notifications. */
@QuarkusTest
class MeasureTest extends ApiTest {

    private static final LocalDate MONDAY = TestCalendar.SCHOOL_MONDAY; // 2031-03-03
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 7);
    private static final LocalDate SATURDAY = LocalDate.of(2031, 3, 8);
    private static final LocalDate THURSDAY_BEFORE_HOLIDAY = LocalDate.of(2031, 2, 13);
    private static final LocalDate TUESDAY_IN_HOLIDAY = LocalDate.of(2031, 2, 18);
    private static final LocalDate MONDAY_BEFORE_HOLIDAY = LocalDate.of(2031, 2, 10);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2031, 3, 10);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2031, 3, 11);

    @BeforeEach
    void calendar() {
        TestCalendar.ensure();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** Moves the service's "today" to {@code day} (noon UTC), after the test calendar's suspensions. */
    private static void todayIs(LocalDate day) {
        TestClock.shift(Duration.between(Instant.now(), day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private static Response suspend(String user, CaseJourney journey, String student, LocalDate startOn, int days) {
        return as(user).body(Map.of("type", "SCHORSING", "studentId", student, "startOn", startOn.toString(), "schoolDays", days,
                "reason", "Afspraken geschonden")).post("/api/v1/cases/" + journey.id + "/measures");
    }

    private static Response proposeRemoval(String user, CaseJourney journey, LocalDate parentsHeardOn) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "VOORDRACHT_VERWIJDERING", "studentId", journey.pester, "reason",
                "Geen perspectief op verbetering"));
        if (parentsHeardOn != null) {
            body.put("parentsHeardOn", parentsHeardOn.toString());
        }
        return as(user).body(body).post("/api/v1/cases/" + journey.id + "/measures");
    }

    @Test
    void aStudentsFirstSuspensionIsExactlyOneSchoolDay() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 2).then().statusCode(422).body("code", equalTo("first-suspension-one-day"));
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201).body("endOn", equalTo(MONDAY.toString()))
                .body("inspectieNotificationRequired", equalTo(false));
    }

    @Test
    void theFirstSuspensionIsCountedOverEveryCaseOfTheStudent() {
        CaseJourney first = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", first, first.pester, MONDAY, 1).then().statusCode(201);
        CaseJourney second = CaseJourney.open(first.pester).reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", second, second.pester, FRIDAY, 2).then().statusCode(201);
    }

    @Test
    void aSuspensionLastsAtMostFiveSchoolDays() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 6).then().statusCode(422).body("code", equalTo("max-five-school-days"));
    }

    @Test
    void aSuspensionStartsOnASchoolDayNotOnAWeekendOrInAHoliday() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, SATURDAY, 1).then().statusCode(422).body("code", equalTo("not-a-school-day"));
        suspend("lc1", journey, journey.pester, TUESDAY_IN_HOLIDAY, 1).then().statusCode(422)
                .body("code", equalTo("not-a-school-day"));
    }

    @Test
    void schoolDaysSkipTheWeekendAndLongerSuspensionsNeedTheInspectie() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201)
                .body("endOn", equalTo("2031-03-10")).body("inspectieNotificationRequired", equalTo(true));
    }

    @Test
    void schoolDaysSkipAHolidayWeekAndItsWeekends() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY_BEFORE_HOLIDAY, 1).then().statusCode(201);
        // Thu 13, Fri 14, holiday 15-23 February, Mon 24, Tue 25, Wed 26
        suspend("oc1", journey, journey.pester, THURSDAY_BEFORE_HOLIDAY, 5).then().statusCode(201)
                .body("endOn", equalTo("2031-02-26")).body("schoolDays", equalTo(5));
    }

    @Test
    void suspensionsOfOneStudentDoNotOverlap() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201);
        suspend("lc1", journey, journey.pester, NEXT_MONDAY, 1).then().statusCode(422)
                .body("code", equalTo("suspension-overlaps"));
        // a longer one on the day of the one-day suspension overlaps it, and is not preceded by it either
        suspend("lc1", journey, journey.pester, MONDAY, 2).then().statusCode(422)
                .body("unmetConditions.code", containsInAnyOrder("first-suspension-one-day", "suspension-overlaps"));
    }

    @Test
    void measuresAreOnlyForThePesterAndOnlyInVervolgstappen() {
        CaseJourney early = CaseJourney.open().reach(Step.EVALUATIE);
        suspend("lc1", early, early.pester, MONDAY, 1).then().statusCode(422)
                .body("unmetConditions.code", contains("measure-only-in-vervolgstappen"));
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.gepeste, MONDAY, 1).then().statusCode(422).body("code", equalTo("student-not-pester"));
    }

    @Test
    void mentorsDoNotImposeMeasures() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("mentor1", journey, journey.pester, MONDAY, 1).then().statusCode(403);
    }

    @Test
    void aDateWithoutASchoolCalendarIsRefusedRatherThanGuessed() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, LocalDate.of(2041, 3, 4), 1).then().statusCode(422)
                .body("code", equalTo("school-calendar-missing"));
    }

    @Test
    void removalIsProposedOnlyByTheOcAfterALongerSuspensionWithTheParentsHeard() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        proposeRemoval("lc1", journey, MONDAY).then().statusCode(422).body("code", equalTo("removal-proposal-by-oc-only"));
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201);
        todayIs(LocalDate.of(2031, 3, 5));
        proposeRemoval("oc1", journey, MONDAY).then().statusCode(422).body("code", equalTo("removal-requires-longer-suspension"));
        todayIs(LocalDate.of(2031, 3, 20));
        proposeRemoval("oc1", journey, null).then().statusCode(422).body("code", equalTo("parents-heard-required"));
        proposeRemoval("oc1", journey, MONDAY).then().statusCode(201).body("inspectieNotificationRequired", equalTo(true))
                .body("leerplichtNotificationRequired", equalTo(true));
    }

    @Test
    void removalNeedsALongerSuspensionThatEndedBeforeTodayNotOneStillToCome() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201).body("endOn", equalTo(NEXT_MONDAY.toString()));
        // today (the real one) lies years before the test calendar's suspensions
        proposeRemoval("oc1", journey, LocalDate.now().minusDays(1)).then().statusCode(422)
                .body("code", equalTo("removal-requires-longer-suspension"));
        todayIs(NEXT_MONDAY);
        proposeRemoval("oc1", journey, NEXT_MONDAY).then().statusCode(422)
                .body("code", equalTo("removal-requires-longer-suspension"));
        todayIs(NEXT_TUESDAY);
        proposeRemoval("oc1", journey, NEXT_MONDAY).then().statusCode(201);
    }

    @Test
    void theParentsAreHeardBeforeTheProposalNotOnADayStillToCome() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201);
        todayIs(LocalDate.of(2031, 3, 20));
        proposeRemoval("oc1", journey, LocalDate.of(2031, 3, 21)).then().statusCode(422)
                .body("code", equalTo("parents-heard-in-future"));
        proposeRemoval("oc1", journey, LocalDate.of(2031, 3, 20)).then().statusCode(201);
    }

    @Test
    void aLongerSuspensionNeedsAOneDaySuspensionThatStartsBeforeItNotOneRecordedBeforeIt() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, NEXT_MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, MONDAY, 2).then().statusCode(422)
                .body("code", equalTo("first-suspension-one-day"));
        suspend("lc1", journey, journey.pester, NEXT_TUESDAY, 2).then().statusCode(201);
    }

    @Test
    void aLongerSuspensionOnAnotherCaseCountsByDateToo() {
        CaseJourney first = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", first, first.pester, NEXT_MONDAY, 1).then().statusCode(201);
        CaseJourney second = CaseJourney.open(first.pester).reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", second, second.pester, MONDAY, 3).then().statusCode(422).body("code", equalTo("first-suspension-one-day"));
    }

    @Test
    void aOneDaySuspensionMayStartBeforeALongerOneRecordedEarlier() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201);
        suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201);
        // it becomes the first by date, and it lasts one day, so the ladder still holds
        suspend("lc1", journey, journey.pester, MONDAY_BEFORE_HOLIDAY, 1).then().statusCode(201);
    }

    @Test
    void theCaseLeavesVervolgstappenOnlyWhenEveryRequiredNotificationIsRecorded() {
        CaseJourney journey = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
        String first = suspend("lc1", journey, journey.pester, MONDAY, 1).then().statusCode(201).extract().path("id");
        String second = suspend("lc1", journey, journey.pester, FRIDAY, 2).then().statusCode(201).extract().path("id");
        // whole seconds: the service stores and answers instants at PostgreSQL's microsecond precision
        String now = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        Records.patch("lc1", "/api/v1/cases/" + journey.id + "/measures/" + first, Map.of("parentsNotifiedInWritingAt", now))
                .then().statusCode(200);
        Records.patch("lc1", "/api/v1/cases/" + journey.id + "/measures/" + second, Map.of("parentsNotifiedInWritingAt", now))
                .then().statusCode(200);
        journey.transition("lc1", Step.EVALUATIE, null).then().statusCode(409)
                .body("unmetConditions.code", contains("measure-notifications-missing"));
        Records.patch("lc1", "/api/v1/cases/" + journey.id + "/measures/" + second, Map.of("inspectieNotifiedAt", now)).then()
                .statusCode(200).body("inspectieNotifiedAt", equalTo(now));
        journey.transition("lc1", Step.EVALUATIE, null).then().statusCode(200);
    }
}
