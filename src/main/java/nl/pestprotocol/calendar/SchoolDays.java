package nl.pestprotocol.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.common.ApiException;

/**
 * School-day arithmetic: weekends and the calendar's non-school periods are skipped. A date in a
 * school year without a calendar cannot be judged, so it is refused rather than guessed.
 */
@ApplicationScoped
public class SchoolDays {

    private final CalendarRepository calendars;

    public SchoolDays(CalendarRepository calendars) {
        this.calendars = calendars;
    }

    public boolean isSchoolDay(LocalDate day) {
        return new Lookup().isSchoolDay(day);
    }

    /** The last of {@code count} consecutive school days starting at {@code start}, which must be a school day. */
    public LocalDate lastOf(LocalDate start, int count) {
        return lastOf(start, count, new Lookup()::isSchoolDay);
    }

    /** The school-day arithmetic itself, for any calendar. */
    static LocalDate lastOf(LocalDate start, int count, java.util.function.Predicate<LocalDate> isSchoolDay) {
        LocalDate day = start;
        int counted = 1;
        while (counted < count) {
            day = day.plusDays(1);
            if (isSchoolDay.test(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Weekends are never school days; otherwise a day is one unless a non-school period contains it. */
    static boolean isSchoolDay(LocalDate day, java.util.Collection<NonSchoolPeriod> periods) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return periods.stream().noneMatch(p -> p.contains(day));
    }

    /** Caches the calendars one computation needs. */
    private final class Lookup {
        private final Map<SchoolYear, SchoolCalendar> loaded = new HashMap<>();

        boolean isSchoolDay(LocalDate day) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return false;
            }
            SchoolCalendar calendar = loaded.computeIfAbsent(SchoolYear.of(day), year -> {
                SchoolCalendar c = calendars.findById(year.toString());
                if (c == null) {
                    throw ApiException.rule("school-calendar-missing", "There is no school calendar for " + year
                            + "; the administrator records it with PUT /api/v1/calendar/" + year + ".");
                }
                return c;
            });
            return SchoolDays.isSchoolDay(day, calendar.periods);
        }
    }
}
