package nl.pestprotocol.contract;

import static nl.pestprotocol.contract.ContractDocument.contract;
import static nl.pestprotocol.contract.ContractDocument.eachOperation;
import static nl.pestprotocol.contract.ContractDocument.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Spec §9: the schemas tell a client what it can rely on in a value: which properties are always
 * there, how large anything can be (OWASP API4), that a vocabulary is an enum, and that a date is a
 * date and a time has its zone. Reads the contract file; no server needed.
 */
class ContractSchemasTest {

    /** The ADR linter's idea of a date field: ...Date, ...Datum (nlgov:specify-format-for-date-and-time). */
    private static final Pattern DATE_NAME = Pattern.compile("(\\w+D|_[dD])(ate|atum)");
    /** Properties that hold a word of a vocabulary wherever they appear in a response. */
    private static final Set<String> VOCABULARIES = Set.of("type", "role", "status", "step", "level", "outcome", "severity",
            "term", "track", "signedAs", "reporterType", "forms");

    /** An object schema of a response says which properties are always there; the JSON layer omits the others when null. */
    @Test
    void everyResponseObjectSchemaListsItsRequiredProperties() {
        Set<String> schemas = new TreeSet<>();
        eachOperation((name, op) -> op.path("responses").forEach(r -> r.path("content")
                .forEach(media -> collectObjectSchemas(media.path("schema"), schemas, new LinkedHashSet<>()))));
        List<String> withoutRequired = schemas.stream()
                .filter(s -> resolve(contract().at("/components/schemas/" + s)).path("required").isEmpty()).toList();
        assertEquals(List.of(), withoutRequired);
    }

    /** OWASP API4: a client and the service both know how large any value can be. */
    @Test
    void everyStringArrayIntegerAndMapOfTheContractIsBounded() {
        List<String> problems = new ArrayList<>();
        walkSchemas(contract(), "", problems);
        assertEquals(List.of(), problems);
    }

    /** Spec §9: a client can switch over every vocabulary it reads. */
    @Test
    void everyVocabularyInAResponseIsAnEnum() {
        Set<String> schemas = new TreeSet<>();
        eachOperation((name, op) -> op.path("responses").forEach(r -> r.path("content")
                .forEach(media -> collectObjectSchemas(media.path("schema"), schemas, new LinkedHashSet<>()))));
        List<String> notEnums = new ArrayList<>();
        for (String name : schemas) {
            resolve(contract().at("/components/schemas/" + name)).path("properties").fields().forEachRemaining(p -> {
                JsonNode value = resolve(p.getValue());
                if (value.path("type").asText().equals("array")) {
                    value = resolve(value.path("items"));
                }
                boolean vocabulary = VOCABULARIES.contains(p.getKey()) && !name.equals("Problem");
                if (vocabulary && !value.has("enum")) {
                    notEnums.add(name + "." + p.getKey());
                }
            });
        }
        assertEquals(List.of(), notEnums);
        assertTrue(schemas.contains("EventView") && schemas.contains("AuditEntryView"), schemas::toString);
    }

    /** ADR: a property named like a date is a date, not a date-time, and no time is without its zone. */
    @Test
    void dateFieldsAreDatesAndNoTimeLacksItsZone() {
        List<String> problems = new ArrayList<>();
        contract().at("/components/schemas").fields().forEachRemaining(s -> s.getValue().path("properties").fields()
                .forEachRemaining(p -> {
                    JsonNode value = resolve(p.getValue());
                    String format = value.path("format").asText("");
                    if (DATE_NAME.matcher(p.getKey()).find() && !format.equals("date")) {
                        problems.add(s.getKey() + "." + p.getKey() + " is " + format);
                    }
                    if (format.equals("time") || format.equals("date-time-local")) {
                        problems.add(s.getKey() + "." + p.getKey() + " has no zone");
                    }
                }));
        assertEquals(List.of(), problems);
    }

    private static void collectObjectSchemas(JsonNode schema, Set<String> into, Set<String> seen) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            if (!seen.add(name)) {
                return;
            }
            JsonNode target = resolve(schema);
            if (target.has("properties")) {
                into.add(name);
            }
            schema = target;
        }
        schema.path("properties").forEach(p -> collectObjectSchemas(p, into, seen));
        collectObjectSchemas(schema.path("items"), into, seen);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(s -> collectObjectSchemas(s, into, seen));
        }
        if (schema.path("additionalProperties").isObject()) {
            collectObjectSchemas(schema.path("additionalProperties"), into, seen);
        }
    }

    private static void walkSchemas(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            if (node.has("type") && node.get("type").isTextual()) {
                checkBounds(node, where, problems);
            }
            node.fields().forEachRemaining(f -> walkSchemas(f.getValue(), where + "/" + f.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkSchemas(node.get(i), where + "/" + i, problems);
            }
        }
    }

    private static void checkBounds(JsonNode schema, String where, List<String> problems) {
        // a property or example that happens to be called "type" is no schema
        if (where.contains("/example") || where.endsWith("/properties")) {
            return;
        }
        switch (schema.get("type").asText()) {
            case "string" -> {
                if (!schema.has("maxLength") && !schema.has("enum")) {
                    problems.add(where + ": a string without maxLength or enum");
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    problems.add(where + ": an array without maxItems");
                }
            }
            case "integer" -> {
                if (!schema.has("minimum") || !schema.has("maximum") || !schema.has("format")) {
                    problems.add(where + ": an integer without minimum, maximum and format");
                }
            }
            case "object" -> {
                if (schema.path("additionalProperties").isObject() && !schema.has("maxProperties")) {
                    problems.add(where + ": a map without maxProperties");
                }
            }
            default -> {
            }
        }
    }
}
