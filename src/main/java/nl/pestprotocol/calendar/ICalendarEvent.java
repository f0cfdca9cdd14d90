package nl.pestprotocol.calendar;

import static nl.pestprotocol.calendar.ICalendarLines.shorten;
import static nl.pestprotocol.calendar.ICalendarLines.unescape;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.pestprotocol.calendar.ICalendarLines.ContentLine;
import nl.pestprotocol.calendar.ICalendarParser.AllDayEvent;
import nl.pestprotocol.calendar.ICalendarParser.Malformed;
import nl.pestprotocol.calendar.ICalendarParser.Refusal;

/**
 * One VEVENT: collects its properties and judges it at its END, as an all-day event that can become
 * non-school days or as a refusal (timed, recurring, no start, an end before its start).
 */
final class ICalendarEvent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}");
    /** Only day and week durations make sense for an all-day event. */
    private static final Pattern DAY_DURATION = Pattern.compile("P(?:(\\d{1,3})W|(\\d{1,3})D)");

    private final int line;
    private ContentLine start;
    private ContentLine end;
    private ContentLine duration;
    private String summary;
    private boolean recurring;
    private boolean cancelled;

    ICalendarEvent(int line) {
        this.line = line;
    }

    void property(ContentLine l) {
        switch (l.name()) {
            case "DTSTART" -> start = once(start, l);
            case "DTEND" -> end = once(end, l);
            case "DURATION" -> duration = once(duration, l);
            case "SUMMARY" -> summary = unescape(l.value(), l.line()).strip();
            case "RRULE", "RDATE" -> recurring = true;
            case "STATUS" -> cancelled = l.value().equalsIgnoreCase("CANCELLED");
            default -> {
            }
        }
    }

    private static ContentLine once(ContentLine earlier, ContentLine l) {
        if (earlier != null) {
            throw new Malformed(l.line(), l.name() + " appears twice in one event");
        }
        return l;
    }

    void finish(List<AllDayEvent> events, List<Refusal> refusals) {
        if (cancelled) {
            return; // a cancelled holiday is no holiday
        }
        String name = summary == null || summary.isEmpty() ? "Vrije dag" : summary;
        String what = "the event '" + shorten(name) + "' at line " + line;
        if (start == null) {
            refusals.add(new Refusal(line, "ical-event-without-start", what + " has no DTSTART"));
            return;
        }
        if (!isDate(start)) {
            refusals.add(new Refusal(start.line(), "ical-timed-event", what + " has a time (DTSTART at line "
                    + start.line() + "); only all-day events (DTSTART;VALUE=DATE) can be non-school days"));
            return;
        }
        if (recurring) {
            refusals.add(new Refusal(line, "ical-recurring-event", what + " repeats (RRULE or RDATE); list each"
                    + " holiday as an event of its own"));
            return;
        }
        if (name.length() > 200) {
            refusals.add(new Refusal(line, "ical-summary-too-long", what + " has a SUMMARY over 200 characters"));
            return;
        }
        LocalDate first = date(start);
        LocalDate after = first.plusDays(1);
        if (end != null && duration != null) {
            throw new Malformed(duration.line(), "an event has DTEND or DURATION, not both");
        }
        if (end != null) {
            if (!isDate(end)) {
                refusals.add(new Refusal(end.line(), "ical-timed-event", what + " starts on a date but DTEND at line "
                        + end.line() + " has a time"));
                return;
            }
            after = date(end);
        } else if (duration != null) {
            after = first.plus(days(duration));
        }
        if (!after.isAfter(first)) {
            refusals.add(new Refusal(end != null ? end.line() : duration.line(), "ical-end-before-start", what
                    + " ends (DTEND, exclusive) on or before its start"));
            return;
        }
        events.add(new AllDayEvent(line, first, after.minusDays(1), name));
    }

    private static boolean isDate(ContentLine l) {
        String type = l.params().get("VALUE");
        if (type != null && !type.equalsIgnoreCase("DATE") && !type.equalsIgnoreCase("DATE-TIME")) {
            throw new Malformed(l.line(), "VALUE=" + shorten(type) + " is not a date or date-time");
        }
        boolean date = "DATE".equalsIgnoreCase(type) || type == null && DATE_VALUE.matcher(l.value()).matches();
        if (date && l.params().containsKey("TZID")) {
            throw new Malformed(l.line(), "a date (VALUE=DATE) has no time zone; remove TZID");
        }
        return date;
    }

    private static LocalDate date(ContentLine l) {
        if (!DATE_VALUE.matcher(l.value()).matches()) {
            throw new Malformed(l.line(), "'" + shorten(l.value()) + "' is not a date YYYYMMDD");
        }
        try {
            return LocalDate.parse(l.value(), DATE);
        } catch (DateTimeParseException e) {
            throw new Malformed(l.line(), "'" + l.value() + "' is not a date of the calendar");
        }
    }

    private static Period days(ContentLine l) {
        var m = DAY_DURATION.matcher(l.value());
        if (!m.matches()) {
            throw new Malformed(l.line(), "an all-day event's DURATION is in days or weeks, like P1D or P2W");
        }
        return m.group(1) != null ? Period.ofWeeks(Integer.parseInt(m.group(1))) : Period.ofDays(Integer.parseInt(m.group(2)));
    }
}
