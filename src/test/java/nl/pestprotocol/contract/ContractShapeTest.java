package nl.pestprotocol.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    /** The path rule of the ADR linter (nlgov:paths-kebab-case). */
    private static final Pattern KEBAB_PATH = Pattern.compile("/|(/([a-z0-9-]+|\\{[^}]+})(/([a-z0-9.-]+|\\{[^}]+}))*)");
    /** The ADR linter's idea of a date field: ...Date, ...Datum (nlgov:specify-format-for-date-and-time). */
    private static final Pattern DATE_NAME = Pattern.compile("(\\w+D|_[dD])(ate|atum)");
    /** Properties that hold a word of a vocabulary wherever they appear in a response. */
    private static final Set<String> VOCABULARIES = Set.of("type", "role", "status", "step", "level", "outcome", "severity",
            "term", "track", "signedAs", "reporterType", "forms");
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
            // an operation without an account (spec §13: reports, external help) declares `security: [{}]` and so no 401/403
            boolean open = op.has("security") && op.path("security").size() == 1 && op.path("security").get(0).isEmpty();
            for (String status : open ? List.of("400", "406", "500") : List.of("400", "401", "403", "406", "500")) {
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

    // ---- Spec §9: the contract passes the Logius ADR linter and the OWASP ruleset; these check the same here ----

    @Test
    void theServerUrlCarriesTheMajorVersionAndEveryPathIsRelativeToIt() {
        assertEquals(1, contract.path("servers").size(), "one server");
        JsonNode server = contract.path("servers").get(0);
        assertEquals(SERVER, server.path("url").asText());
        // OWASP API9: the audience and the environment of every server are declared
        assertTrue(server.path("x-internal").isBoolean(), "x-internal is not declared");
        assertTrue(Pattern.compile("(?i)production").matcher(server.path("description").asText()).find(), "no environment named");
        List<String> problems = new ArrayList<>();
        contract.get("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/api/")) {
                problems.add(path + " repeats the server URL");
            }
            if (path.length() > 1 && path.endsWith("/")) {
                problems.add(path + " ends in a slash");
            }
            if (!KEBAB_PATH.matcher(path).matches()) {
                problems.add(path + " is not kebab-case");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void infoHasAContactWithNameEmailAndUrlAndASemanticVersion() {
        JsonNode info = contract.path("info");
        for (String field : List.of("name", "email", "url")) {
            assertFalse(info.path("contact").path(field).asText("").isBlank(), "info.contact." + field + " is missing");
        }
        assertTrue(info.path("contact").path("email").asText().contains("@"));
        assertTrue(info.path("contact").path("url").asText().startsWith("https://"));
        assertTrue(Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)").matcher(info.path("version").asText()).matches());
        assertTrue(contract.path("openapi").asText().matches("3\\.\\d+\\.\\d+"));
    }

    /** OWASP API4: a client and the service both know how large any value can be. */
    @Test
    void everyStringArrayIntegerAndMapOfTheContractIsBounded() {
        List<String> problems = new ArrayList<>();
        walkSchemas(contract, "", problems);
        assertEquals(List.of(), problems);
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

    /** Spec §9: a client can switch over every vocabulary it reads. */
    @Test
    void everyVocabularyInAResponseIsAnEnum() {
        Set<String> schemas = new TreeSet<>();
        eachOperation((name, op) -> op.path("responses").forEach(r -> r.path("content")
                .forEach(media -> collectObjectSchemas(media.path("schema"), schemas, new LinkedHashSet<>()))));
        List<String> notEnums = new ArrayList<>();
        for (String name : schemas) {
            resolve(contract.at("/components/schemas/" + name)).path("properties").fields().forEachRemaining(p -> {
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

    @Test
    void everyResponseMayBeReadFromAnyOrigin() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            if (!r.getValue().path("headers").has("Access-Control-Allow-Origin")) {
                problems.add(name + " " + r.getKey());
            }
        }));
        assertEquals(List.of(), problems);
        assertEquals("*", contract.at("/components/headers/Access-Control-Allow-Origin/schema/enum/0").asText());
    }

    /** ADR: error responses are problem+json with status, title and detail; every write and every read with parameters can answer 400. */
    @Test
    void everyProblemHasStatusTitleAndDetailAndEveryRequestThatCanBeInvalidDeclares400() {
        JsonNode problem = contract.at("/components/schemas/Problem");
        for (String field : List.of("status", "title", "detail")) {
            assertTrue(problem.path("properties").has(field), "Problem." + field);
        }
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            boolean canBeInvalid = !name.startsWith("GET") && !name.startsWith("DELETE") || op.path("parameters").size() > 0;
            if (canBeInvalid && !op.path("responses").has("400")) {
                problems.add(name);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void queryParametersAreLowerCamelCaseAndSchemaNamesUpperCamelCase() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query") && !LOWER_CAMEL.matcher(p.path("name").asText()).matches()) {
                problems.add(name + " ?" + p.path("name").asText());
            }
        }));
        contract.at("/components/schemas").fieldNames().forEachRemaining(s -> {
            if (!s.matches("[A-Z][a-zA-Z0-9]*")) {
                problems.add("schema " + s);
            }
        });
        assertEquals(List.of(), problems);
    }

    /** OWASP API2: a JWT bearer scheme says it follows the JWT best current practices. */
    @Test
    void theBearerSchemeFollowsRfc8725() {
        JsonNode scheme = contract.at("/components/securitySchemes/keycloak");
        assertEquals("JWT", scheme.path("bearerFormat").asText());
        assertTrue(scheme.path("description").asText().contains("RFC8725"));
    }

    /** ADR: a property named like a date is a date, not a date-time, and no time is without its zone. */
    @Test
    void dateFieldsAreDatesAndNoTimeLacksItsZone() {
        List<String> problems = new ArrayList<>();
        contract.at("/components/schemas").fields().forEachRemaining(s -> s.getValue().path("properties").fields()
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
}
