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

    /**
     * Longer than any cursor we issue (the longest, of the staff list, holds two names of up to 100 characters
     * and an id, base64url-encoded twice): the bound the contract states.
     */
    public static final int MAX_LENGTH = 2000;

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
        if (cursor.length() > MAX_LENGTH) {
            throw notIssued();
        }
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
        // no key we issue holds a NUL, and PostgreSQL refuses it in text
        if (key.indexOf('\0') >= 0) {
            throw notIssued();
        }
        return key;
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

    /** A record id as the key (the last record of a page). */
    public static UUID decodeId(String cursor) {
        try {
            return UUID.fromString(decodeKey(cursor));
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
    }

    /** A composite key whose parts may hold any text (names): each part is encoded on its own. */
    public static String encodeParts(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(key.isEmpty() ? "" : ".").append(encodeKey(part));
        }
        return encodeKey(key.toString());
    }

    public static java.util.List<String> decodeParts(String cursor, int count) {
        String[] encoded = decodeKey(cursor).split("\\.", -1);
        if (encoded.length != count) {
            throw notIssued();
        }
        return java.util.Arrays.stream(encoded).map(Cursor::decodeKey).toList();
    }

    private static ApiException notIssued() {
        return ApiException.invalidParam("cursor", "is not a cursor this service issued");
    }
}
