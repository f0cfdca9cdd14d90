package nl.pestprotocol.contract;

import static nl.pestprotocol.contract.ContractDocument.contract;
import static nl.pestprotocol.contract.ContractDocument.eachOperation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Spec §9: the contract tells a client what every response carries: the API-Version header, a
 * Location for what was created, CORS for any origin, and every error a request can meet declared as
 * problem+json with status, title and detail. Reads the contract file; no server needed.
 */
class ContractResponsesTest {

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
        assertTrue(contract().at("/components/headers/API-Version/required").asBoolean(), "API-Version is not required");
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

    @Test
    void everyResponseMayBeReadFromAnyOrigin() {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            if (!r.getValue().path("headers").has("Access-Control-Allow-Origin")) {
                problems.add(name + " " + r.getKey());
            }
        }));
        assertEquals(List.of(), problems);
        assertEquals("*", contract().at("/components/headers/Access-Control-Allow-Origin/schema/enum/0").asText());
    }

    /** ADR: error responses are problem+json with status, title and detail; every write and every read with parameters can answer 400. */
    @Test
    void everyProblemHasStatusTitleAndDetailAndEveryRequestThatCanBeInvalidDeclares400() {
        JsonNode problem = contract().at("/components/schemas/Problem");
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
}
