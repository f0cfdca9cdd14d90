package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Cursors are opaque, round-trip exactly, and anything the service did not issue is a 400 naming the cursor. */
class CursorTest {

    @Test
    void aCaseCursorRoundTripsItsKey() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-02T12:30:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @Test
    void aSequenceCursorRoundTripsAndNoCursorMeansTheStart() {
        assertEquals(42L, Cursor.decodeSequence(Cursor.encodeKey("42")));
        assertEquals(0L, Cursor.decodeSequence(null));
        assertNull(Cursor.decode(null));
    }

    @Test
    void aCursorTheServiceDidNotIssueIsABadRequestNamingTheCursor() {
        for (String forged : new String[] { "not base64 !", Cursor.encodeKey("no-bar"), Cursor.encodeKey("yesterday|x") }) {
            ApiException e = assertThrows(ApiException.class, () -> Cursor.decode(forged), forged);
            assertEquals(400, e.status);
            assertEquals("cursor", e.invalidParams.get(0).name());
        }
        ApiException e = assertThrows(ApiException.class, () -> Cursor.decodeSequence(Cursor.encodeKey("x")));
        assertEquals(400, e.status);
    }
}
