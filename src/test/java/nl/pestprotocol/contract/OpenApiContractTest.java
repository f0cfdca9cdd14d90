package nl.pestprotocol.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import nl.pestprotocol.support.ApiTest;

/**
 * openapi/openapi.yaml is the contract. The document the running service generates from its code
 * must equal it; a change to the API fails here until the contract is updated on purpose with
 * {@code ./mvnw verify -Dtest=OpenApiContractTest -Dpestprotocol.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static String served() {
        return given().accept("application/json").get("/api/v1/openapi.json").then().statusCode(200)
                .contentType("application/json").extract().asString();
    }

    @Test
    void theServedDocumentIsTheContractInTheRepository() throws Exception {
        JsonNode served = new ObjectMapper().readTree(served());
        if (Boolean.getBoolean("pestprotocol.openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            YAML.writerWithDefaultPrettyPrinter().writeValue(CONTRACT.toFile(), served);
        }
        JsonNode contract = YAML.readTree(CONTRACT.toFile());
        if (!contract.equals(served)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            YAML.writerWithDefaultPrettyPrinter().writeValue(actual.toFile(), served);
            assertEquals(contract.toPrettyString(), served.toPrettyString(),
                    "The API and openapi/openapi.yaml disagree; compare with " + actual);
        }
    }

    @Test
    void theContractIsValidOpenApi3() {
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(CONTRACT.toAbsolutePath().toUri().toString(), null, null);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertTrue(messages.isEmpty(), () -> "not valid OpenAPI: " + messages);
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
    }

    @Test
    void theContractDescribesEveryEndpointOfTheSpecWithItsErrors() throws Exception {
        JsonNode paths = YAML.readTree(CONTRACT.toFile()).get("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> operations.add(m + " " + p.getKey())));
        for (String expected : List.of("post /api/v1/cases", "get /api/v1/cases", "get /api/v1/cases/{caseId}",
                "patch /api/v1/cases/{caseId}", "post /api/v1/cases/{caseId}/involvements",
                "delete /api/v1/cases/{caseId}/involvements/{studentId}", "post /api/v1/cases/{caseId}/incidents",
                "get /api/v1/cases/{caseId}/incidents", "put /api/v1/cases/{caseId}/analysis",
                "post /api/v1/cases/{caseId}/actions", "patch /api/v1/cases/{caseId}/actions/{actionId}",
                "get /api/v1/cases/{caseId}/actions", "post /api/v1/cases/{caseId}/conversations",
                "get /api/v1/cases/{caseId}/conversations", "post /api/v1/cases/{caseId}/agreements",
                "patch /api/v1/cases/{caseId}/agreements/{agreementId}", "get /api/v1/cases/{caseId}/agreements",
                "post /api/v1/cases/{caseId}/transitions", "post /api/v1/cases/{caseId}/escalations",
                "post /api/v1/cases/{caseId}/sign-offs", "post /api/v1/cases/{caseId}/measures",
                "patch /api/v1/cases/{caseId}/measures/{measureId}", "get /api/v1/cases/{caseId}/measures",
                "get /api/v1/cases/{caseId}/timeline", "get /api/v1/agreements/due", "put /api/v1/students/{externalId}",
                "get /api/v1/students", "get /api/v1/students/{externalId}", "put /api/v1/groups/{code}", "get /api/v1/groups",
                "put /api/v1/staff/{externalId}", "get /api/v1/staff", "put /api/v1/calendar/{schoolYear}",
                "get /api/v1/calendar/{schoolYear}", "get /api/v1/conversation-guides/{type}", "get /api/v1/cases/{caseId}/audit",
                "get /api/v1/students/{externalId}/export", "get /api/v1/retention/preview")) {
            assertTrue(operations.contains(expected), () -> "missing " + expected + " in " + operations);
        }
        JsonNode transition = paths.get("/api/v1/cases/{caseId}/transitions").get("post").get("responses");
        for (String status : List.of("200", "401", "403", "404", "409", "412", "428")) {
            assertTrue(transition.has(status), "transitions lacks " + status);
        }
        assertTrue(YAML.readTree(CONTRACT.toFile()).at("/components/securitySchemes/keycloak").isObject());
    }
}
