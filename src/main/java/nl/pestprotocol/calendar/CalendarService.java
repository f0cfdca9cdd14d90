package nl.pestprotocol.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.calendar.CalendarDtos.CalendarInput;
import nl.pestprotocol.calendar.CalendarDtos.CalendarView;
import nl.pestprotocol.calendar.CalendarDtos.Period;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;

@ApplicationScoped
public class CalendarService {

    private final CalendarRepository calendars;
    private final Clock clock;

    public CalendarService(CalendarRepository calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Replaces the year's non-school days; answers whether the calendar is new. */
    @Transactional
    public boolean put(String schoolYear, CalendarInput in) {
        SchoolYear year = SchoolYear.parse(schoolYear);
        validate(year, in.nonSchoolDays());
        SchoolCalendar calendar = calendars.findById(year.toString());
        boolean created = calendar == null;
        if (created) {
            calendar = new SchoolCalendar();
            calendar.schoolYear = year.toString();
        }
        calendar.periods.clear();
        for (Period p : in.nonSchoolDays()) {
            calendar.periods.add(new NonSchoolPeriod(p.startsOn(), p.endsOn(), p.name()));
        }
        calendar.updatedAt = Instant.now(clock);
        if (created) {
            calendars.persist(calendar);
        }
        return created;
    }

    public CalendarView get(String schoolYear) {
        SchoolYear year = SchoolYear.parse(schoolYear);
        SchoolCalendar calendar = calendars.findById(year.toString());
        if (calendar == null) {
            throw ApiException.notFound("The calendar of " + year);
        }
        List<Period> periods = calendar.periods.stream().map(p -> new Period(p.startsOn, p.endsOn, p.name)).toList();
        return new CalendarView(year.toString(), year.firstDay(), year.lastDay(), periods);
    }

    private static void validate(SchoolYear year, List<Period> periods) {
        Set<Object> starts = new HashSet<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            String name = "nonSchoolDays[" + i + "]";
            if (p.endsOn().isBefore(p.startsOn())) {
                throw fail(name + ".endsOn", "must not be before startsOn");
            }
            if (p.startsOn().isBefore(year.firstDay()) || p.endsOn().isAfter(year.lastDay())) {
                throw fail(name, "must lie within the school year " + year + " (" + year.firstDay() + " to "
                        + year.lastDay() + ")");
            }
            if (!starts.add(p.startsOn())) {
                throw fail(name + ".startsOn", "another period starts on the same day");
            }
        }
    }

    private static ApiException fail(String name, String reason) {
        return ApiException.badRequest("The calendar is not valid.", List.of(new Problem.InvalidParam(name, reason)));
    }
}
