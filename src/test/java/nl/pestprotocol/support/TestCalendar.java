package nl.pestprotocol.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A school year of our own for the tests (2030-2031), so school-day arithmetic does not depend on
 * today's date or the demo calendar: the voorjaarsvakantie is Saturday 15 to Sunday 23 February 2031.
 */
public final class TestCalendar {

    public static final String YEAR = "2030-2031";
    public static final LocalDate HOLIDAY_STARTS = LocalDate.of(2031, 2, 15);
    public static final LocalDate HOLIDAY_ENDS = LocalDate.of(2031, 2, 23);
    /** A Monday with school. */
    public static final LocalDate SCHOOL_MONDAY = LocalDate.of(2031, 3, 3);

    private TestCalendar() {
    }

    public static void ensure() {
        Api.as("beheer1").body(Map.of("nonSchoolDays", List.of(Map.of("startsOn", HOLIDAY_STARTS.toString(), "endsOn",
                HOLIDAY_ENDS.toString(), "name", "Voorjaarsvakantie")))).put("/api/v1/calendar/" + YEAR).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
