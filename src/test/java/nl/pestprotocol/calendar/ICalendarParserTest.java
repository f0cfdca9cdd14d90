package nl.pestprotocol.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The strict iCalendar reader on its own (RFC 5545 §3.1 unfolding, §3.3.11 text, §3.6.1 all-day events). */
class ICalendarParserTest {

    private static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + String.join("\r\n", eventLines)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static ICalendarParser.AllDayEvent only(String text) {
        ICalendarParser.Result r = ICalendarParser.parse(text);
        assertEquals(List.of(), r.refusals());
        assertEquals(1, r.events().size());
        return r.events().get(0);
    }

    @Test
    void dtendIsExclusiveSoTheLastDayIsTheDayBefore() {
        var e = only(calendar("DTSTART;VALUE=DATE:20261017", "DTEND;VALUE=DATE:20261026", "SUMMARY:Herfstvakantie"));
        assertEquals(LocalDate.of(2026, 10, 17), e.startsOn());
        assertEquals(LocalDate.of(2026, 10, 25), e.endsOn());
    }

    @Test
    void anAllDayEventWithoutDtendLastsOneDayAndDurationCountsDaysOrWeeks() {
        assertEquals(LocalDate.of(2027, 2, 15), only(calendar("DTSTART;VALUE=DATE:20270215", "SUMMARY:Studiedag")).endsOn());
        assertEquals(LocalDate.of(2027, 5, 7), only(calendar("DTSTART;VALUE=DATE:20270506", "DURATION:P2D", "SUMMARY:H")).endsOn());
        assertEquals(LocalDate.of(2026, 12, 25), only(calendar("DTSTART:20261212", "DURATION:P2W", "SUMMARY:K")).endsOn());
    }

    @Test
    void foldedLinesAreJoinedAndTextIsUnescaped() {
        var e = only(calendar("DTSTART;VALUE=DATE:20261002", "SUMMARY:Studiedag\\, leer", " lingen vrij\\; \\\\ \\ngeen les"));
        assertEquals("Studiedag, leerlingen vrij; \\ \ngeen les", e.name());
    }

    @Test
    void lfLineEndingsQuotedParametersAndOtherComponentsAreRead() {
        String text = "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Europe/Amsterdam\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
                + "DTSTART;X-NOTE=\"a;b:c\";VALUE=DATE:20261219\nDTEND;VALUE=DATE:20270104\nSUMMARY:Kerst\n"
                + "BEGIN:VALARM\nTRIGGER:-P1D\nSUMMARY:not the event's name\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n";
        var e = only(text);
        assertEquals("Kerst", e.name());
        assertEquals(LocalDate.of(2027, 1, 3), e.endsOn());
    }

    @Test
    void aCancelledEventIsNoHolidayAndAMissingSummaryGetsAName() {
        assertTrue(ICalendarParser.parse(calendar("DTSTART;VALUE=DATE:20261002", "STATUS:CANCELLED")).events().isEmpty());
        assertEquals("Vrije dag", only(calendar("DTSTART;VALUE=DATE:20261002")).name());
    }

    @Test
    void timedAndRecurringEventsAreRefusedWithTheirLine() {
        ICalendarParser.Result r = ICalendarParser.parse(calendar("DTSTART:20261002T083000Z", "SUMMARY:Ouderavond"));
        assertEquals("ical-timed-event", r.refusals().get(0).code());
        assertEquals(4, r.refusals().get(0).line());
        r = ICalendarParser.parse(calendar("DTSTART;VALUE=DATE:20261002", "RRULE:FREQ=YEARLY"));
        assertEquals("ical-recurring-event", r.refusals().get(0).code());
        assertEquals(3, r.refusals().get(0).line(), "the line of BEGIN:VEVENT");
    }

    @Test
    void malformedInputNamesTheFirstBadLine() {
        assertEquals(1, assertThrows(ICalendarParser.Malformed.class, () -> ICalendarParser.parse("")).line);
        assertEquals(1, assertThrows(ICalendarParser.Malformed.class, () -> ICalendarParser.parse(" BEGIN:VCALENDAR")).line);
        assertEquals(4, assertThrows(ICalendarParser.Malformed.class,
                () -> ICalendarParser.parse(calendar("DTSTART;VALUE=DATE:2026-10-02"))).line);
        assertEquals(5, assertThrows(ICalendarParser.Malformed.class,
                () -> ICalendarParser.parse(calendar("DTSTART;VALUE=DATE:20261002", "DTSTART;VALUE=DATE:20261003"))).line);
        assertEquals(4, assertThrows(ICalendarParser.Malformed.class,
                () -> ICalendarParser.parse(calendar("SUMMARY:Herfst\\"))).line);
        assertEquals(4, assertThrows(ICalendarParser.Malformed.class,
                () -> ICalendarParser.parse(calendar("DTSTART;VALUE=PERIOD:20261002"))).line);
        assertEquals(7, assertThrows(ICalendarParser.Malformed.class,
                () -> ICalendarParser.parse(calendar("DTSTART;VALUE=DATE:20261002") + "X:y\r\n")).line);
    }
}
