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
        Lookup lookup = new Lookup();
        LocalDate day = start;
        int counted = 1;
        while (counted < count) {
            day = day.plusDays(1);
            if (lookup.isSchoolDay(day)) {
                counted++;
            }
        }
        return day;
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
            return calendar.periods.stream().noneMatch(p -> p.contains(day));
        }
    }
}
