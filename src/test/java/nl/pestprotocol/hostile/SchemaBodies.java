package nl.pestprotocol.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies from the contract's schemas: a plausible one (real ids where a name says it is one),
 * the same without a required property, and the places in a body where a date or an enum value sits,
 * for the generator to break.
 */
final class SchemaBodies {

    /** A value in the body that {@link #set} replaces, with the schema format that made it. */
    record JsonPointerTarget(JsonNode parent, String field, int index, String format) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }
    }

    private final JsonNode contract;
    private final Random random;
    /** Ids of real records for the request being built, by path-parameter name. */
    private Map<String, String> realIds;

    SchemaBodies(JsonNode contract, Random random) {
        this.contract = contract;
        this.random = random;
    }

    /** A value that follows the schema, with ids taken from {@code ids}. */
    JsonNode plausible(JsonNode schema, Map<String, String> ids) {
        this.realIds = ids;
        return plausible(schema, null, 0);
    }

    /** The dates and date-times ({@code what} "date") or enum values ("enum") of a body made from {@code schema}. */
    List<JsonPointerTarget> find(JsonNode schema, JsonNode body, String what) {
        List<JsonPointerTarget> found = new ArrayList<>();
        collect(schema, body, null, -1, null, found, what);
        return found;
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

    JsonNode removeRequired(JsonNode body, JsonNode schemaRef) {
        JsonNode required = resolve(schemaRef).path("required");
        if (body instanceof ObjectNode o && required.size() > 0) {
            o.remove(required.get(random.nextInt(required.size())).asText());
        }
        return body;
    }
}
