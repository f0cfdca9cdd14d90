package nl.pestprotocol.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.calendar.CalendarDtos.CalendarInput;
import nl.pestprotocol.calendar.CalendarDtos.Period;
import nl.pestprotocol.calendar.ICalendarParser.AllDayEvent;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;

/**
 * {@code PUT /calendar/{schoolYear}} with {@code text/calendar}: the school's published holiday
 * calendar. Every all-day event becomes a non-school period, cut to the school year (a summer
 * holiday runs into the next one); events wholly outside the year are passed over, so a calendar of
 * several years can be sent for each. Then the same service as the JSON body replaces the year.
 */
@ApplicationScoped
public class ICalendarImport {

    private static final int MAX_PERIODS = 100;

    private final CalendarService calendar;

    public ICalendarImport(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** Answers whether the calendar is new, as {@link CalendarService#put} does. */
    public boolean put(String schoolYear, byte[] body) {
        SchoolYear year = SchoolYear.parse(schoolYear);
        ICalendarParser.Result parsed;
        try {
            parsed = ICalendarParser.parse(utf8(body));
        } catch (ICalendarParser.Malformed e) {
            throw ApiException.badRequest("The body is not a valid iCalendar file (RFC 5545); nothing was changed.",
                    List.of(new Problem.InvalidParam("line " + e.line, e.getMessage())));
        }
        List<Problem.Condition> refused = new ArrayList<>();
        parsed.refusals().forEach(r -> refused.add(new Problem.Condition(r.code(), "line " + r.line() + ": " + r.message())));
        List<AllDayEvent> inYear = new ArrayList<>();
        for (AllDayEvent e : parsed.events()) {
            LocalDate from = e.startsOn().isBefore(year.firstDay()) ? year.firstDay() : e.startsOn();
            LocalDate to = e.endsOn().isAfter(year.lastDay()) ? year.lastDay() : e.endsOn();
            if (!from.isAfter(to)) {
                inYear.add(new AllDayEvent(e.line(), from, to, e.name()));
            }
        }
        inYear.sort(Comparator.comparing(AllDayEvent::startsOn));
        Map<LocalDate, AllDayEvent> byStart = new HashMap<>();
        for (AllDayEvent e : inYear) {
            AllDayEvent other = byStart.putIfAbsent(e.startsOn(), e);
            if (other != null) {
                refused.add(new Problem.Condition("ical-same-start", "line " + e.line() + ": the event '" + e.name()
                        + "' starts on " + e.startsOn() + " (in " + year + "), as the event at line " + other.line()
                        + " does; merge them into one event"));
            }
        }
        if (refused.isEmpty() && inYear.isEmpty()) {
            refused.add(new Problem.Condition("ical-no-events-in-year", "the file has no all-day event in the school year "
                    + year + " (" + year.firstDay() + " to " + year.lastDay() + ")"));
        }
        if (inYear.size() > MAX_PERIODS) {
            refused.add(new Problem.Condition("ical-too-many-events", "the school year " + year + " has " + inYear.size()
                    + " all-day events in the file; at most " + MAX_PERIODS + " periods are kept"));
        }
        if (!refused.isEmpty()) {
            throw ApiException.rules("The iCalendar file cannot become the non-school days of " + year
                    + "; every problem is listed. Nothing was changed.", refused);
        }
        List<Period> periods = inYear.stream().map(e -> new Period(e.startsOn(), e.endsOn(), e.name())).toList();
        return calendar.put(year.toString(), new CalendarInput(periods));
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The iCalendar file is not UTF-8 text; nothing was changed.",
                    List.of(new Problem.InvalidParam("body", "is not UTF-8 (RFC 5545 files are UTF-8)")));
        }
    }
}
