package nl.pestprotocol.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The dates and date-times the API accepts, wherever they come from (bodies, query parameters,
 * cursors): RFC 3339 {@code full-date} and {@code date-time} with a zone, four-digit years, and
 * within {@link #MIN} and {@link #MAX}. Java and PostgreSQL both take far wider ranges, but not the
 * same ones (PostgreSQL stops at 4713 BC and 294276 AD, and year 0 or five-digit years are no RFC 3339),
 * so the service keeps its own: nothing in a school's case file predates 1900, and 9999 is the
 * last year RFC 3339 can write.
 */
public final class ApiDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);
    public static final Instant MIN_INSTANT = MIN.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant MAX_INSTANT = MAX.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

    public static final String DATE_RULE = "must be a date YYYY-MM-DD (RFC 3339) from " + MIN + " to " + MAX;
    public static final String DATE_TIME_RULE = "must be a date-time with a zone, e.g. 2026-11-02T09:30:00Z (RFC 3339),"
            + " in the years " + MIN.getYear() + " to " + MAX.getYear();

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** RFC 3339 §5.6 date-time; the letters T and Z may be lower case there too. */
    private static final Pattern DATE_TIME = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private ApiDates() {
    }

    /** The date, or null when {@code text} is no RFC 3339 full-date within the range. */
    public static LocalDate parseDate(String text) {
        if (text == null || !FULL_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return inRange(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The instant, or null when {@code text} is no RFC 3339 date-time with a zone within the range. */
    public static Instant parseInstant(String text) {
        if (text == null || !DATE_TIME.matcher(text).matches()) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant();
            return inRange(at) ? at : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    public static boolean inRange(Instant at) {
        return !at.isBefore(MIN_INSTANT) && !at.isAfter(MAX_INSTANT);
    }
}
