package nl.pestprotocol.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** School-day arithmetic without a database: weekends and the calendar's non-school periods are skipped. */
class SchoolDaysTest {

    private static final List<NonSchoolPeriod> HOLIDAY = List.of(
            new NonSchoolPeriod(LocalDate.of(2031, 2, 15), LocalDate.of(2031, 2, 23), "Voorjaarsvakantie"));
    private static final Predicate<LocalDate> SCHOOL = day -> SchoolDays.isSchoolDay(day, HOLIDAY);

    @Test
    void weekendsAndHolidaysAreNoSchoolDays() {
        assertFalse(SCHOOL.test(LocalDate.of(2031, 3, 8)), "Saturday");
        assertFalse(SCHOOL.test(LocalDate.of(2031, 3, 9)), "Sunday");
        assertFalse(SCHOOL.test(LocalDate.of(2031, 2, 18)), "a Tuesday in the holiday");
        assertTrue(SCHOOL.test(LocalDate.of(2031, 2, 24)), "the Monday after the holiday");
    }

    @Test
    void oneSchoolDayEndsOnTheDayItStarts() {
        assertEquals(LocalDate.of(2031, 3, 3), SchoolDays.lastOf(LocalDate.of(2031, 3, 3), 1, SCHOOL));
    }

    @Test
    void fiveSchoolDaysFromThursdaySkipTheWeekend() {
        assertEquals(LocalDate.of(2031, 3, 12), SchoolDays.lastOf(LocalDate.of(2031, 3, 6), 5, SCHOOL));
    }

    @Test
    void aSuspensionThatReachesAHolidayContinuesAfterIt() {
        // Thursday 13 and Friday 14 February, then the holiday, then Monday 24 and Tuesday 25
        assertEquals(LocalDate.of(2031, 2, 25), SchoolDays.lastOf(LocalDate.of(2031, 2, 13), 4, SCHOOL));
    }
}
