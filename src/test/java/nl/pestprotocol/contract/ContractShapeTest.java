package nl.pestprotocol.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import nl.pestprotocol.support.ContractValidation;

/**
 * Spec §9: a client generated from openapi/openapi.yaml reads like a hand-written one, and the contract
 * tells a client what it can rely on. Reads the contract file; no server needed.
 */
class ContractShapeTest {

    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String SERVER = "/api/v1";
    private static JsonNode contract;

    @BeforeAll
    static void read() throws Exception {
        contract = new YAMLMapper().readTree(ContractValidation.CONTRACT.toFile());
    }

    private static void eachOperation(BiConsumer<String, JsonNode> action) {
        contract.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                action.accept(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue());
            }
        }));
    }

    private static JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = contract.at(ref.substring(1));
        }
        return schema;
    }

    @Test
    void everyOperationHasAUniqueLowerCamelCaseOperationIdATagAndASummary() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        eachOperation((name, op) -> {
            String id = op.path("operationId").asText("");
            if (!LOWER_CAMEL.matcher(id).matches()) {
                problems.add(name + ": operationId '" + id + "' is not lowerCamelCase");
            } else if (!ids.add(id)) {
                problems.add(name + ": operationId '" + id + "' is not unique");
            }
            if (op.path("tags").size() != 1) {
                problems.add(name + ": has " + op.path("tags").size() + " tags, not one");
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(name + ": no summary");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTagIsDeclaredWithADescription() {
        Set<String> declared = new TreeSet<>();
        contract.path("tags").forEach(t -> {
            assertTrue(!t.path("description").asText("").isBlank(), () -> "tag " + t.path("name") + " has no description");
            declared.add(t.path("name").asText());
        });
        Set<String> used = new TreeSet<>();
        eachOperation((name, op) -> op.path("tags").forEach(t -> used.add(t.asText())));
        assertEquals(used, declared);
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> op.path("requestBody").path("content").fields().forEachRemaining(media -> {
            JsonNode m = media.getValue();
            boolean example = m.has("example") || m.has("examples") || resolve(m.path("schema")).has("example");
            if (!example) {
                missing.add(name + " " + media.getKey());
            }
        }));
        assertEquals(List.of(), missing);
    }

    /** An example a client copies must itself be a valid request. */
    @Test
    void everyRequestBodyExampleIsAValidRequest() {
        List<String> invalid = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            JsonNode media = m.getValue().path("requestBody").path("content").path("application/json");
            JsonNode example = media.has("example") ? media.get("example") : resolve(media.path("schema")).get("example");
            if (example == null) {
                return;
            }
            String path = SERVER + p.getKey().replaceAll("\\{[^}]+}", "x");
            List<ContractValidation.Violation> found = ContractValidation.requestViolations(ContractValidation.request(
                    m.getKey().toUpperCase(), path, Map.of("Authorization", "Bearer x", "Content-Type", "application/json",
                            "Accept", "application/json"), example.toString()));
            found.stream().filter(v -> v.key().startsWith("validation.request.body")).forEach(v -> invalid.add(v.toString()));
        }));
        assertEquals(List.of(), invalid);
    }

    /** An object schema of a response says which properties are always there; the JSON layer omits the others when null. */
    @Test
    void everyResponseObjectSchemaListsItsRequiredProperties() {
        Set<String> schemas = new TreeSet<>();
        eachOperation((name, op) -> op.path("responses").forEach(r -> r.path("content")
                .forEach(media -> collectObjectSchemas(media.path("schema"), schemas, new LinkedHashSet<>()))));
        List<String> withoutRequired = schemas.stream()
                .filter(s -> resolve(contract.at("/components/schemas/" + s)).path("required").isEmpty()).toList();
        assertEquals(List.of(), withoutRequired);
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

    @Test
    void everyResponseDeclaresTheApiVersionHeaderAndEveryCreatedItsLocation() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            JsonNode headers = r.getValue().path("headers");
            if (!headers.has("API-Version")) {
                problems.add(name + " " + r.getKey() + " without API-Version");
            }
            if (r.getKey().equals("201") && !headers.has("Location")) {
                problems.add(name + " 201 without Location");
            }
        }));
        assertTrue(contract.at("/components/headers/API-Version/required").asBoolean(), "API-Version is not required");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOperationDeclaresTheErrorsEveryRequestCanMeet() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            for (String status : List.of("400", "401", "403", "406", "500")) {
                if (!op.path("responses").has(status)) {
                    problems.add(name + " lacks " + status);
                }
            }
            boolean body = op.has("requestBody");
            for (String status : List.of("413", "415")) {
                if (body != op.path("responses").has(status)) {
                    problems.add(name + (body ? " lacks " : " has without a body ") + status);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyErrorIsAProblem() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                Iterator<String> types = r.getValue().path("content").fieldNames();
                List<String> list = new ArrayList<>();
                types.forEachRemaining(list::add);
                if (!list.equals(List.of("application/problem+json"))) {
                    problems.add(name + " " + r.getKey() + " " + list);
                }
            }
        }));
        assertEquals(List.of(), problems);
    }
}
