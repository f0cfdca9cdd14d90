package nl.pestprotocol.hostile;

import static nl.pestprotocol.hostile.HostileValues.BAD_DATES;
import static nl.pestprotocol.hostile.HostileValues.BAD_DATE_TIMES;
import static nl.pestprotocol.hostile.HostileValues.FINE_ACCEPTS;
import static nl.pestprotocol.hostile.HostileValues.FRAGMENTS;
import static nl.pestprotocol.hostile.HostileValues.REFUSED_ACCEPTS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import nl.pestprotocol.hostile.SchemaBodies.JsonPointerTarget;

/**
 * Generates hostile requests from the OpenAPI contract: for every operation a plausible request is
 * built from its schema ({@link SchemaBodies}), then broken in one of many ways ({@link HostileValues}).
 * Everything derives from one seed, so a run can be replayed exactly.
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

    private static final String[] USERS = { "mentor1", "mentor1", "lc1", "oc1", "oc1", "beheer1", "integrator" };
    private static final String[] KINDS = { "wrong-type", "missing-required", "extra-property", "huge-string",
            "deep-nesting", "invalid-format", "unknown-enum", "injection", "malformed-json", "wrong-content-type",
            "hostile-path", "hostile-query", "plausible", "date-out-of-range", "number-for-enum", "refused-accept",
            "fine-accept", "forged-cursor", "long-query", "header-control-char" };

    private final List<Operation> operations = new ArrayList<>();
    private final Random random;
    private final List<Map<String, String>> contexts;
    private Map<String, String> realIds;
    private final ObjectMapper json = new ObjectMapper();
    private final HostileValues values;
    private final SchemaBodies bodies;

    /** {@code contexts}: ids of real records (one map per case walked into a step), by path-parameter name. */
    RequestGenerator(Path contractFile, long seed, List<Map<String, String>> contexts) throws Exception {
        JsonNode contract = new YAMLMapper().readTree(contractFile.toFile());
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.bodies = new SchemaBodies(contract, random);
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
                query.put(name, kind.equals("hostile-query") ? values.hostileString() : plausibleQuery(name));
            }
        }
        if (kind.equals("hostile-query") && query.isEmpty()) {
            query.put(op.queryParams().isEmpty() ? "unexpected" : op.queryParams().get(0), values.hostileString());
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
            case "forged-cursor" -> query.put("cursor", values.forgedCursor());
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
        JsonNode body = bodies.plausible(op.requestSchema(), realIds);
        String contentType = "application/json";
        String text;
        switch (kind) {
            case "wrong-type" -> text = write(values.replaceSomewhere(body, values.wrongType()));
            case "missing-required" -> text = write(bodies.removeRequired(body, op.requestSchema()));
            case "extra-property" -> text = write(values.withExtra(body));
            case "huge-string" -> text = write(values.replaceSomewhere(body, JsonNodeFactory.instance.textNode(values.huge())));
            case "deep-nesting" -> {
                // written by hand: Jackson itself refuses to write more than 1,000 levels
                int levels = 1500 + random.nextInt(3000);
                text = write(values.replaceSomewhere(body, JsonNodeFactory.instance.textNode("__DEEP__")))
                        .replace("\"__DEEP__\"", "[".repeat(levels) + "\"bodem\"" + "]".repeat(levels));
            }
            case "invalid-format" -> text = write(values.replaceSomewhere(body, JsonNodeFactory.instance.textNode(
                    random.nextBoolean() ? "2026-13-45" : "not-a-uuid-" + random.nextInt())));
            case "unknown-enum" -> text = write(values.replaceSomewhere(body, JsonNodeFactory.instance.textNode("NIET_BESTAAND")));
            case "injection" -> text = write(values.replaceSomewhere(body, JsonNodeFactory.instance.textNode(
                    FRAGMENTS[random.nextInt(FRAGMENTS.length)])));
            case "malformed-json" -> text = values.malformed(write(body));
            case "wrong-content-type" -> {
                String[] types = { "text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png" };
                contentType = types[random.nextInt(types.length)];
                text = random.nextBoolean() ? write(body) : "<xml>" + values.hostileString() + "</xml>";
            }
            case "date-out-of-range" -> {
                List<JsonPointerTarget> dates = bodies.find(op.requestSchema(), body, "date");
                if (!dates.isEmpty()) {
                    JsonPointerTarget target = dates.get(random.nextInt(dates.size()));
                    String[] bad = target.format().equals("date") ? BAD_DATES : BAD_DATE_TIMES;
                    target.set(JsonNodeFactory.instance.textNode(bad[random.nextInt(bad.length)]));
                    refuse = true;
                }
                text = write(body);
            }
            case "number-for-enum" -> {
                List<JsonPointerTarget> enums = bodies.find(op.requestSchema(), body, "enum");
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

    private String fillPath(String template, boolean hostile) {
        String path = template;
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String value;
            if (hostile && random.nextInt(3) > 0) {
                value = java.net.URLEncoder.encode(values.hostileString(), java.nio.charset.StandardCharsets.UTF_8);
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
            case "cursor" -> random.nextBoolean() ? "AAAA" : values.forgedCursor();
            default -> realIds.getOrDefault(name, "1A-01");
        };
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
