package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Pure logic of the page cursors, without PostgreSQL or Keycloak. */
class CursorPartsTest {

    @Test
    void aCompositeKeySurvivesTheCharactersItIsJoinedWith() {
        List<String> parts = List.of("de.Vries|x", "", "Anne.Marie", UUID.randomUUID().toString());
        assertEquals(parts, Cursor.decodeParts(Cursor.encodeParts(parts.toArray(String[]::new)), 4));
    }

    @Test
    void aCompositeKeyWithAnotherNumberOfPartsWasNotIssuedForThisList() {
        String twoParts = Cursor.encodeParts("a", "b");
        ApiException e = assertThrows(ApiException.class, () -> Cursor.decodeParts(twoParts, 3));
        assertEquals(400, e.status);
    }

    @Test
    void aKeyWithANulCharacterWasNeverIssued() {
        assertThrows(ApiException.class, () -> Cursor.decodeKey(Cursor.encodeKey("1A\0")));
        assertThrows(ApiException.class, () -> Cursor.decodeParts(Cursor.encodeParts("a", "b\0"), 2));
    }

    @Test
    void aRecordCursorHoldsAnIdAndNothingElse() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Cursor.decodeId(CaseRecordOrder.cursorAfter(id)));
        assertThrows(ApiException.class, () -> Cursor.decodeId(Cursor.encodeKey("2026-01-01|" + id)));
        assertThrows(ApiException.class, () -> Cursor.decodeId("not base64!"));
    }

    @Test
    void aPageShowsAtMostLimitRowsAndACursorOnlyWhenTheQueryFoundMore() {
        Page<String> last = Page.of(List.of(1, 2), 2, rows -> rows.stream().map(String::valueOf).toList(), r -> "after" + r);
        assertEquals(List.of("1", "2"), last.items());
        assertNull(last.next());
        Page<String> more = Page.of(List.of(1, 2, 3), 2, rows -> rows.stream().map(String::valueOf).toList(), r -> "after" + r);
        assertEquals(List.of("1", "2"), more.items());
        assertEquals("after2", more.next());
        assertEquals(List.of(), Page.<Integer, String>of(List.of(), 5, rows -> List.of(), r -> "x").items());
    }
}
