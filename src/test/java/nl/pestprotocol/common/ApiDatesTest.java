package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for dates the API takes: RFC 3339, four-digit years, 1900 to 9999 (no Quarkus needed). */
class ApiDatesTest {

    @ParameterizedTest
    @ValueSource(strings = { "+10000-01-01", "-4713-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "2026-1-1",
            "2026-02-30", "20261102", "2026-11-02T00:00:00Z", "2026-11-02 ", "" })
    void datesThatAreNoRfc3339FullDateInRangeAreRefused(String text) {
        assertNull(ApiDates.parseDate(text), text);
    }

    @Test
    void theRangeIncludesItsEnds() {
        assertEquals(LocalDate.of(1900, 1, 1), ApiDates.parseDate("1900-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), ApiDates.parseDate("9999-12-31"));
        assertEquals(Instant.parse("9999-12-31T23:59:59.999999999Z"), ApiDates.parseInstant("9999-12-31T23:59:59.999999999Z"));
        assertEquals(Instant.parse("1900-01-01T00:00:00Z"), ApiDates.parseInstant("1900-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
            "2026-11-02T10:00:00", "2026-11-02 10:00:00Z", "2026-11-02", "2026-11-02T10:00Z", "2026-11-02T24:00:00Z",
            "1900-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00", "2026-11-02T10:00:00.1234567890Z" })
    void dateTimesThatAreNoRfc3339DateTimeInRangeAreRefused(String text) {
        assertNull(ApiDates.parseInstant(text), text);
    }

    @Test
    void offsetsAndLowerCaseLettersAreRfc3339Too() {
        assertEquals(Instant.parse("2026-11-02T09:00:00Z"), ApiDates.parseInstant("2026-11-02t10:00:00+01:00"));
        assertEquals(Instant.parse("2026-11-02T10:00:00.5Z"), ApiDates.parseInstant("2026-11-02T10:00:00.5z"));
    }
}
