package nl.pestprotocol.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.pestprotocol.support.ApiTest;

/** Spec §11: PUT /calendar/{schoolYear} with text/calendar: every all-day event becomes a non-school period. */
@QuarkusTest
class ICalendarImportTest extends ApiTest {

    private static final String YEAR = "2026-2027";
    private static final String PATH = "/api/v1/calendar/" + YEAR;
    private Object before;

    /** The demo calendar of 2026-2027 is used by other tests: it is put back after each test. */
    @BeforeEach
    void remember() {
        before = as("beheer1").get(PATH).then().statusCode(oneOf(200, 404)).extract().statusCode() == 200
                ? as("beheer1").get(PATH).then().extract().path("nonSchoolDays")
                : null;
    }

    @AfterEach
    void restore() {
        if (before != null) {
            as("beheer1").body(Map.of("nonSchoolDays", before)).put(PATH).then().statusCode(200);
        }
    }

    static String file(String name) throws IOException {
        try (InputStream in = ICalendarImportTest.class.getResourceAsStream("/icalendar/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidatableResponse putICalendar(String body) {
        return as("beheer1").contentType("text/calendar; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8))
                .put(PATH).then();
    }

    @Test
    void aDutchSchoolsHolidayCalendarBecomesTheNonSchoolDaysOfItsYearWithDtendExclusive() throws IOException {
        putICalendar(file("het-baken-2026-2027.ics")).statusCode(oneOf(200, 201)).body("schoolYear", equalTo(YEAR));
        as("mentor1").get(PATH).then().statusCode(200)
                .body("nonSchoolDays.startsOn", contains("2026-08-01", "2026-10-02", "2026-10-17", "2026-12-19", "2027-02-15",
                        "2027-02-20", "2027-03-26", "2027-03-29", "2027-04-24", "2027-05-06", "2027-05-17", "2027-06-22",
                        "2027-07-17"))
                .body("nonSchoolDays.endsOn", contains("2026-08-30", "2026-10-02", "2026-10-25", "2027-01-03", "2027-02-15",
                        "2027-02-28", "2027-03-26", "2027-03-29", "2027-05-02", "2027-05-07", "2027-05-17", "2027-06-22",
                        "2027-07-31"))
                .body("nonSchoolDays.name", contains("Zomervakantie 2026", "Studiedag, leerlingen vrij", "Herfstvakantie",
                        "Kerstvakantie", "Studiedag", "Voorjaarsvakantie", "Goede Vrijdag", "Tweede Paasdag",
                        "Meivakantie (met Koningsdag)", "Hemelvaart en vrijdag erna", "Tweede Pinksterdag", "Studiedag",
                        "Zomervakantie 2027"));
    }

    @Test
    void theSameFileAsJsonAndAsICalendarGiveTheSameCalendar() throws IOException {
        putICalendar(file("het-baken-2026-2027.ics")).statusCode(oneOf(200, 201));
        Object fromICalendar = as("beheer1").get(PATH).then().extract().path("nonSchoolDays");
        as("beheer1").body(Map.of("nonSchoolDays", fromICalendar)).put(PATH).then().statusCode(200);
        assertEquals(fromICalendar, as("beheer1").get(PATH).then().extract().path("nonSchoolDays"));
    }

    @Test
    void aFileThatIsNotICalendarIsRefusedWith400NamingTheLineAndChangesNothing() throws IOException {
        String good = file("het-baken-2026-2027.ics");
        Map<String, String> broken = Map.of(
                "no VCALENDAR", "BEGIN:VEVENT\r\nEND:VEVENT\r\n",
                "line without colon", good.replace("SUMMARY:Herfstvakantie", "SUMMARY Herfstvakantie"),
                "impossible date", good.replace("DTSTART;VALUE=DATE:20270215", "DTSTART;VALUE=DATE:20270230"),
                "unclosed event", good.replace("END:VCALENDAR\r\n", ""),
                "bad escape", good.replace("SUMMARY:Herfstvakantie", "SUMMARY:Herfst\\vakantie"),
                "TZID on a date", good.replace("DTSTART;VALUE=DATE:20261017", "DTSTART;TZID=Europe/Amsterdam;VALUE=DATE:20261017"),
                "END without BEGIN", good.replace("END:VALARM\r\n", "END:VTODO\r\n"));
        for (Map.Entry<String, String> file : broken.entrySet()) {
            putICalendar(file.getValue()).statusCode(400).contentType("application/problem+json")
                    .body("invalidParams", hasSize(1)).body("invalidParams[0].name", org.hamcrest.Matchers.startsWith("line "));
        }
        putICalendar(good.replace("SUMMARY:Herfstvakantie", "SUMMARY Herfstvakantie")).statusCode(400)
                .body("invalidParams[0].name", equalTo("line " + lineOf(good, "SUMMARY:Herfstvakantie")));
        assertUnchanged();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWith400() {
        byte[] latin1 = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261017\r\nSUMMARY:Herfstvakantie \u00e9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        as("beheer1").contentType("text/calendar").body(latin1).put(PATH).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("body"));
        assertUnchanged();
    }

    @Test
    void timedRecurringAndBackwardEventsAreEachRefusedWith422NamingTheirLine() throws IOException {
        String good = file("het-baken-2026-2027.ics");
        String bad = good
                .replace("DTSTART;VALUE=DATE:20261017\r\nDTEND;VALUE=DATE:20261026",
                        "DTSTART;TZID=Europe/Amsterdam:20261017T083000\r\nDTEND;TZID=Europe/Amsterdam:20261017T160000")
                .replace("SUMMARY:Tweede Pinksterdag", "SUMMARY:Tweede Pinksterdag\r\nRRULE:FREQ=YEARLY")
                .replace("DTEND;VALUE=DATE:20270623", "DTEND;VALUE=DATE:20270620");
        putICalendar(bad).statusCode(422).contentType("application/problem+json")
                .body("unmetConditions", hasSize(3))
                .body("unmetConditions.code", contains("ical-timed-event", "ical-recurring-event", "ical-end-before-start"))
                .body("unmetConditions[0].message", org.hamcrest.Matchers.startsWith("line "
                        + lineOf(bad, "DTSTART;TZID=Europe/Amsterdam:20261017T083000") + ":"));
        assertUnchanged();
    }

    @Test
    void aFileWithoutAnAllDayEventInTheYearIsRefusedWith422() throws IOException {
        String otherYear = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//NL\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
                + "DTSTART;VALUE=DATE:20281016\r\nDTEND;VALUE=DATE:20281024\r\nSUMMARY:Herfstvakantie 2028\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        putICalendar(otherYear).statusCode(422).body("code", equalTo("ical-no-events-in-year"));
        assertUnchanged();
    }

    @Test
    void twoEventsStartingOnTheSameDayAreRefusedWith422NamingBoth() throws IOException {
        String good = file("het-baken-2026-2027.ics");
        String twice = good.replace("END:VCALENDAR\r\n", "BEGIN:VEVENT\r\nUID:x@b\r\nDTSTART;VALUE=DATE:20261017\r\n"
                + "SUMMARY:Ook vrij\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        putICalendar(twice).statusCode(422).body("unmetConditions.code", hasItem("ical-same-start"));
        assertUnchanged();
    }

    @Test
    void onlyTheAdministratorMayReplaceTheCalendar() throws IOException {
        as("mentor1").contentType("text/calendar").body(file("het-baken-2026-2027.ics")).put(PATH).then().statusCode(403);
        assertUnchanged();
    }

    private void assertUnchanged() {
        if (before != null) {
            assertEquals(before, as("beheer1").get(PATH).then().extract().path("nonSchoolDays"), "nothing was changed");
        }
    }

    private static int lineOf(String text, String content) {
        List<String> lines = List.of(text.split("\r\n", -1));
        return lines.indexOf(content) + 1;
    }
}
