package nl.pestprotocol.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset-pagination cursors. A case page is keyed by (openedAt, id); other lists by a single
 * key. Every cursor is the key, base64url-encoded; anything else a client sends is a 400.
 */
public record Cursor(Instant at, UUID id) {

    public String encode() {
        return encodeKey(at.toString() + "|" + id);
    }

    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String raw = decodeKey(cursor);
        try {
            int bar = raw.indexOf('|');
            Instant at = Instant.parse(raw.substring(0, bar));
            if (!ApiDates.inRange(at)) {
                // a forged key: every key we issue is a stored instant, and PostgreSQL cannot compare far ones
                throw notIssued();
            }
            return new Cursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw notIssued();
        }
    }

    public static String encodeKey(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String decodeKey(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
    }

    /** A numeric key (such as a sequence), or 0 when there is no cursor. */
    public static long decodeSequence(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            return Long.parseLong(decodeKey(cursor));
        } catch (NumberFormatException e) {
            throw notIssued();
        }
    }

    private static ApiException notIssued() {
        return ApiException.invalidParam("cursor", "is not a cursor this service issued");
    }
}
