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
        for (String expected : List.of("post /cases", "get /cases", "get /cases/{caseId}",
                "patch /cases/{caseId}", "post /cases/{caseId}/involvements",
                "delete /cases/{caseId}/involvements/{studentId}", "post /cases/{caseId}/incidents",
                "get /cases/{caseId}/incidents", "put /cases/{caseId}/analysis",
                "post /cases/{caseId}/actions", "patch /cases/{caseId}/actions/{actionId}",
                "get /cases/{caseId}/actions", "post /cases/{caseId}/conversations",
                "get /cases/{caseId}/conversations", "post /cases/{caseId}/agreements",
                "patch /cases/{caseId}/agreements/{agreementId}", "get /cases/{caseId}/agreements",
                "post /cases/{caseId}/transitions", "post /cases/{caseId}/escalations",
                "post /cases/{caseId}/sign-offs", "post /cases/{caseId}/measures",
                "patch /cases/{caseId}/measures/{measureId}", "get /cases/{caseId}/measures",
                "get /cases/{caseId}/timeline", "get /agreements/due", "put /students/{externalId}",
                "get /students", "get /students/{externalId}", "put /groups/{code}", "get /groups",
                "put /staff/{externalId}", "get /staff", "put /calendar/{schoolYear}",
                "get /calendar/{schoolYear}", "get /conversation-guides/{type}", "get /cases/{caseId}/audit",
                "get /students/{externalId}/export", "get /retention/preview")) {
            assertTrue(operations.contains(expected), () -> "missing " + expected + " in " + operations);
        }
        JsonNode transition = paths.get("/cases/{caseId}/transitions").get("post").get("responses");
        for (String status : List.of("200", "401", "403", "404", "409", "412", "428")) {
            assertTrue(transition.has(status), "transitions lacks " + status);
        }
        assertTrue(YAML.readTree(CONTRACT.toFile()).at("/components/securitySchemes/keycloak").isObject());
    }
}
