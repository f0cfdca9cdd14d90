package nl.pestprotocol.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small, strict reader of the part of iCalendar (RFC 5545) a school's holiday calendar uses:
 * VEVENTs with an all-day {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND} (or a
 * {@code DURATION}, or neither: one day). Lines are unfolded and text unescaped as the RFC says;
 * other components (time zones, alarms, tasks …) and unknown properties are passed over.
 * What it cannot read as iCalendar is {@link Malformed} (the first such line); an event it can
 * read but cannot turn into non-school days (a timed or recurring event, no start, an end before
 * its start) is listed as a {@link Refusal}, every one of them.
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

    /** A content line after unfolding: where it starts, its name, parameters and raw value. */
    private record ContentLine(int line, String name, Map<String, String> params, String value) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}");
    /** Only day and week durations make sense for an all-day event. */
    private static final Pattern DAY_DURATION = Pattern.compile("P(?:(\\d{1,3})W|(\\d{1,3})D)");
    private static final int MAX_LINE = 10_000;

    private ICalendarParser() {
    }

    static Result parse(String text) {
        List<ContentLine> lines = unfold(text);
        if (lines.isEmpty() || !lines.get(0).name().equals("BEGIN") || !lines.get(0).value().equalsIgnoreCase("VCALENDAR")) {
            throw new Malformed(lines.isEmpty() ? 1 : lines.get(0).line(), "an iCalendar file starts with BEGIN:VCALENDAR");
        }
        List<AllDayEvent> events = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        EventBuilder event = null;
        for (ContentLine l : lines) {
            if (open.isEmpty() && l != lines.get(0)) {
                throw new Malformed(l.line(), "nothing may follow END:VCALENDAR");
            }
            switch (l.name()) {
                case "BEGIN" -> {
                    String component = l.value().toUpperCase(Locale.ROOT);
                    if (open.size() == 1 && component.equals("VEVENT")) {
                        event = new EventBuilder(l.line());
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

    /** RFC 5545 §3.1: a line that starts with a space or tab continues the one before. */
    private static List<ContentLine> unfold(String text) {
        String[] physical = text.split("\r\n|\n", -1);
        List<ContentLine> lines = new ArrayList<>();
        StringBuilder current = null;
        int startedAt = 0;
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (!p.isEmpty() && (p.charAt(0) == ' ' || p.charAt(0) == '\t')) {
                if (current == null) {
                    throw new Malformed(i + 1, "a continuation line (starting with a space) has no line to continue");
                }
                current.append(p, 1, p.length());
                if (current.length() > MAX_LINE) {
                    throw new Malformed(startedAt, "the line is longer than " + MAX_LINE + " characters");
                }
                continue;
            }
            if (current != null) {
                lines.add(contentLine(startedAt, current.toString()));
            }
            current = p.isEmpty() ? null : new StringBuilder(p);
            startedAt = i + 1;
        }
        if (current != null) {
            lines.add(contentLine(startedAt, current.toString()));
        }
        return lines;
    }

    /** name *(";" param) ":" value, where a quoted parameter value may hold ':' and ';'. */
    private static ContentLine contentLine(int line, String text) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            } else if (c < 0x20 && c != '\t') {
                throw new Malformed(line, "a control character is not allowed in a line");
            }
        }
        if (colon < 0) {
            throw new Malformed(line, "a content line is NAME:value, and this one has no ':'");
        }
        String[] head = text.substring(0, colon).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        if (!NAME.matcher(head[0]).matches()) {
            throw new Malformed(line, "'" + shorten(head[0]) + "' is not a property name");
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq <= 0 || !NAME.matcher(head[i].substring(0, eq)).matches()) {
                throw new Malformed(line, "'" + shorten(head[i]) + "' is not a parameter NAME=value");
            }
            String value = head[i].substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT), value);
        }
        return new ContentLine(line, head[0].toUpperCase(Locale.ROOT), params, text.substring(colon + 1));
    }

    /** RFC 5545 §3.3.11: \\ \; \, and \n (or \N) in TEXT values. */
    static String unescape(String value, int line) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 == value.length()) {
                throw new Malformed(line, "a text value may not end with a single backslash");
            }
            char next = value.charAt(++i);
            switch (next) {
                case '\\', ';', ',' -> out.append(next);
                case 'n', 'N' -> out.append('\n');
                default -> throw new Malformed(line, "'\\" + next + "' is not an iCalendar escape (\\\\ \\; \\, \\n)");
            }
        }
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Collects one VEVENT's properties and judges it at its END. */
    private static final class EventBuilder {
        private final int line;
        private ContentLine start;
        private ContentLine end;
        private ContentLine duration;
        private String summary;
        private boolean recurring;
        private boolean cancelled;

        EventBuilder(int line) {
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
}
