package nl.pestprotocol.contract;

import static nl.pestprotocol.contract.ContractDocument.SERVER;
import static nl.pestprotocol.contract.ContractDocument.contract;
import static nl.pestprotocol.contract.ContractDocument.eachOperation;
import static nl.pestprotocol.contract.ContractDocument.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.pestprotocol.support.ContractValidation;

/**
 * Spec §9: a client generated from openapi/openapi.yaml reads like a hand-written one: named, tagged
 * and summarised operations, examples that are valid requests, kebab-case paths under a versioned
 * server URL, and the contact, version and naming rules of the Logius ADR linter and OWASP ruleset.
 * Reads the contract file; no server needed.
 */
class ContractOperationsTest {

    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** The path rule of the ADR linter (nlgov:paths-kebab-case). */
    private static final Pattern KEBAB_PATH = Pattern.compile("/|(/([a-z0-9-]+|\\{[^}]+})(/([a-z0-9.-]+|\\{[^}]+}))*)");

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
        contract().path("tags").forEach(t -> {
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
        contract().get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
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

    @Test
    void theServerUrlCarriesTheMajorVersionAndEveryPathIsRelativeToIt() {
        assertEquals(1, contract().path("servers").size(), "one server");
        JsonNode server = contract().path("servers").get(0);
        assertEquals(SERVER, server.path("url").asText());
        // OWASP API9: the audience and the environment of every server are declared
        assertTrue(server.path("x-internal").isBoolean(), "x-internal is not declared");
        assertTrue(Pattern.compile("(?i)production").matcher(server.path("description").asText()).find(), "no environment named");
        List<String> problems = new ArrayList<>();
        contract().get("paths").fieldNames().forEachRemaining(path -> {
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
        JsonNode info = contract().path("info");
        for (String field : List.of("name", "email", "url")) {
            assertFalse(info.path("contact").path(field).asText("").isBlank(), "info.contact." + field + " is missing");
        }
        assertTrue(info.path("contact").path("email").asText().contains("@"));
        assertTrue(info.path("contact").path("url").asText().startsWith("https://"));
        assertTrue(Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)").matcher(info.path("version").asText()).matches());
        assertTrue(contract().path("openapi").asText().matches("3\\.\\d+\\.\\d+"));
    }

    @Test
    void queryParametersAreLowerCamelCaseAndSchemaNamesUpperCamelCase() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query") && !LOWER_CAMEL.matcher(p.path("name").asText()).matches()) {
                problems.add(name + " ?" + p.path("name").asText());
            }
        }));
        contract().at("/components/schemas").fieldNames().forEachRemaining(s -> {
            if (!s.matches("[A-Z][a-zA-Z0-9]*")) {
                problems.add("schema " + s);
            }
        });
        assertEquals(List.of(), problems);
    }

    /** OWASP API2: a JWT bearer scheme says it follows the JWT best current practices. */
    @Test
    void theBearerSchemeFollowsRfc8725() {
        JsonNode scheme = contract().at("/components/securitySchemes/keycloak");
        assertEquals("JWT", scheme.path("bearerFormat").asText());
        assertTrue(scheme.path("description").asText().contains("RFC8725"));
    }
}
