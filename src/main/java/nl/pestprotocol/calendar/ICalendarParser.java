package nl.pestprotocol.calendar;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import nl.pestprotocol.calendar.ICalendarLines.ContentLine;

/**
 * A small, strict reader of the part of iCalendar (RFC 5545) a school's holiday calendar uses:
 * VEVENTs with an all-day {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND} (or a
 * {@code DURATION}, or neither: one day). Lines are unfolded and text unescaped as the RFC says;
 * other components (time zones, alarms, tasks …) and unknown properties are passed over.
 * What it cannot read as iCalendar is {@link Malformed} (the first such line); an event it can
 * read but cannot turn into non-school days (a timed or recurring event, no start, an end before
 * its start) is listed as a {@link Refusal}, every one of them.
 * This class follows the nesting of components; {@link ICalendarLines} reads the lines and
 * {@link ICalendarEvent} judges each event.
 */
final class ICalendarParser {

    /** The file is not iCalendar as RFC 5545 writes it; {@code line} is 1-based, of the file as sent. */
    static final class Malformed extends RuntimeException {
        final int line;

        Malformed(int line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    /** An event that cannot become non-school days, with a stable code. */
    record Refusal(int line, String code, String message) {
    }

    /** An all-day event: {@code endsOn} is its last day (DTEND minus one). */
    record AllDayEvent(int line, LocalDate startsOn, LocalDate endsOn, String name) {
    }

    record Result(List<AllDayEvent> events, List<Refusal> refusals) {
    }

    private ICalendarParser() {
    }

    static Result parse(String text) {
        List<ContentLine> lines = ICalendarLines.unfold(text);
        if (lines.isEmpty() || !lines.get(0).name().equals("BEGIN") || !lines.get(0).value().equalsIgnoreCase("VCALENDAR")) {
            throw new Malformed(lines.isEmpty() ? 1 : lines.get(0).line(), "an iCalendar file starts with BEGIN:VCALENDAR");
        }
        List<AllDayEvent> events = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        ICalendarEvent event = null;
        for (ContentLine l : lines) {
            if (open.isEmpty() && l != lines.get(0)) {
                throw new Malformed(l.line(), "nothing may follow END:VCALENDAR");
            }
            switch (l.name()) {
                case "BEGIN" -> {
                    String component = l.value().toUpperCase(Locale.ROOT);
                    if (open.size() == 1 && component.equals("VEVENT")) {
                        event = new ICalendarEvent(l.line());
                    }
                    open.push(component);
                }
                case "END" -> {
                    String component = l.value().toUpperCase(Locale.ROOT);
                    if (open.isEmpty() || !open.peek().equals(component)) {
                        throw new Malformed(l.line(), "END:" + l.value() + " does not close "
                                + (open.isEmpty() ? "anything" : "BEGIN:" + open.peek()));
                    }
                    open.pop();
                    if (event != null && open.size() == 1 && component.equals("VEVENT")) {
                        event.finish(events, refusals);
                        event = null;
                    }
                }
                default -> {
                    // properties of the event itself, not of an alarm inside it
                    if (event != null && open.size() == 2) {
                        event.property(l);
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            throw new Malformed(lines.get(lines.size() - 1).line(), "BEGIN:" + open.peek() + " is never closed by END:"
                    + open.peek());
        }
        return new Result(events, refusals);
    }
}
