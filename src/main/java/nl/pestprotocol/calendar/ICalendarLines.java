package nl.pestprotocol.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.pestprotocol.calendar.ICalendarParser.Malformed;

/**
 * The lexical layer of iCalendar (RFC 5545 §3.1 and §3.3.11): physical lines unfolded into content
 * lines, each split into name, parameters and raw value, and TEXT values unescaped. It knows nothing
 * of components or events; what it cannot read is {@link Malformed} at its line.
 */
final class ICalendarLines {

    /** A content line after unfolding: where it starts, its name, parameters and raw value. */
    record ContentLine(int line, String name, Map<String, String> params, String value) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final int MAX_LINE = 10_000;

    private ICalendarLines() {
    }

    /** RFC 5545 §3.1: a line that starts with a space or tab continues the one before. */
    static List<ContentLine> unfold(String text) {
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

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
