package nl.pestprotocol.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile values themselves: injection fragments, dates out of range, Accept headers, forged
 * cursors, and the ways a valid JSON body is broken (a wrong type, an extra property, a huge string,
 * malformed text). Draws from the generator's one {@link Random}, so a seed still replays a run.
 */
final class HostileValues {

    /** Accept headers without JSON in them: the service must answer 406 and do nothing. */
    static final String[] REFUSED_ACCEPTS = { "garbage", "text/plain", "application/xml", "text/html", "application/problem+json",
            ";;;", "application/json;q=0", "text/*", "image/png, text/plain;q=0.5", "*/json" };
    /** Accept headers a client may send for JSON. */
    static final String[] FINE_ACCEPTS = { "", "*/*", "application/*", "application/json; charset=utf-8",
            "text/plain;q=0.9, application/json;q=0.1" };
    /** Dates no RFC 3339 full-date within 1900–9999, and date-times the same or without a zone. */
    static final String[] BAD_DATES = { "+999999999-12-31", "-4713-01-01", "+10000-01-01", "0000-01-01", "1899-12-31",
            "2026-02-30", "-999999999-01-01", "2026-1-1" };
    static final String[] BAD_DATE_TIMES = { "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z", "2026-11-02T10:00:00", "2026-11-02 10:00:00Z", "-4713-01-01T00:00:00Z" };
    static final String[] FAR_INSTANTS = { "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "-4713-01-01T00:00:00Z", "1000-01-01T00:00:00Z" };

    static final String[] FRAGMENTS = { "' OR '1'='1", "'; DROP TABLE bullying_case; --", "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)--", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}",
            "{{7*7}}", "../../../../etc/passwd", "%00", "\u0000", "\uD83D\uDE00 emoji", "Robert'); DROP TABLE student;--",
            "\\u0000\\", "admin'--", "1 UNION SELECT username FROM staff" };

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    String forgedCursor() {
        String key = switch (random.nextInt(4)) {
            case 0 -> FAR_INSTANTS[random.nextInt(FAR_INSTANTS.length)] + "|" + UUID.randomUUID();
            case 1 -> "2026-11-02T10:00:00Z|" + hostileString();
            case 2 -> Long.toString(random.nextLong());
            default -> hostileString();
        };
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    JsonNode wrongType() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(5)) {
            case 0 -> f.numberNode(random.nextLong());
            case 1 -> f.booleanNode(false);
            case 2 -> f.arrayNode().add(1).add("x");
            case 3 -> f.objectNode().put("nested", true);
            default -> f.numberNode(1.5e308);
        };
    }

    /** Replaces the value of one property somewhere in the tree (or the whole body). */
    JsonNode replaceSomewhere(JsonNode body, JsonNode value) {
        if (!(body instanceof ObjectNode o) || o.isEmpty() || random.nextInt(8) == 0) {
            return value;
        }
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode child = o.get(name);
        if (child instanceof ObjectNode && random.nextBoolean()) {
            o.set(name, replaceSomewhere(child, value));
        } else {
            o.set(name, value);
        }
        return o;
    }

    JsonNode withExtra(JsonNode body) {
        if (body instanceof ObjectNode o) {
            String[] names = { "step", "level", "id", "version", "openedBy", "isAdmin", "__proto__", "constructor", hostileString() };
            o.put(names[random.nextInt(names.length)], random.nextBoolean() ? "AFGESLOTEN" : "true");
        }
        return body;
    }

    String huge() {
        int size = random.nextInt(4) == 0 ? 1_100_000 : 10_001 + random.nextInt(60_000);
        return "A".repeat(size);
    }

    String malformed(String valid) {
        return switch (random.nextInt(6)) {
            case 0 -> valid.substring(0, Math.max(1, valid.length() / 2));
            case 1 -> valid.replace("\"", "'");
            case 2 -> valid + "}}}";
            case 3 -> "{\"summary\": \"\uDC00\"}";
            case 4 -> "";
            default -> "\u0000\u0001\u00ff" + valid;
        };
    }

    String hostileString() {
        return FRAGMENTS[random.nextInt(FRAGMENTS.length)] + (random.nextBoolean() ? "" : "x".repeat(random.nextInt(600)));
    }
}
