package nl.pestprotocol.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.pestprotocol.support.ContractValidation;
import nl.pestprotocol.support.ContractValidation.Violation;

/**
 * The validator every REST test runs through fails an answer that breaks the contract in each way that
 * matters to a client. Synthetic answers against the real openapi/openapi.yaml; no server needed.
 */
class ContractValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE_PATH = "/api/v1/cases/0b8e1f52-5d0c-4a63-9a7e-0d5f8a0c2b11";
    private static final Map<String, String> AS_CLIENT = Map.of("Authorization", "Bearer x", "Accept", "application/json");

    /** A case as the service sends it; each test breaks one thing of it. */
    private static ObjectNode validCase() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"id":"0b8e1f52-5d0c-4a63-9a7e-0d5f8a0c2b11","summary":"Sanne wordt uitgescholden","step":"SIGNALEREN",
                 "level":"PM_1","forms":["VERBAAL"],
                 "involvements":[{"studentId":"1A-01","name":"Sanne de Vries","groupCode":"1A","role":"GEPESTE"}],
                 "owner":{"id":"7c3c1d4e-0a86-4d8b-9a55-2f7b0fd7b1c2","username":"mentor1","name":"Mentor Een"},
                 "openedAt":"2026-11-02T12:30:00Z",
                 "openedBy":{"id":"7c3c1d4e-0a86-4d8b-9a55-2f7b0fd7b1c2","username":"mentor1","name":"Mentor Een"},
                 "version":0,"counts":{"incidents":1,"conversations":0,"agreements":0,"actions":0,"measures":0}}
                """);
    }

    private static Map<String, List<String>> headers(String contentType) {
        return Map.of("Content-Type", List.of(contentType), "API-Version", List.of("1.0.0"), "ETag", List.of("\"0\""));
    }

    private static List<Violation> getCase(int status, String contentType, String body) {
        Request request = ContractValidation.request("GET", CASE_PATH, AS_CLIENT, null);
        Response response = ContractValidation.response(status, headers(contentType), body);
        return ContractValidation.violations(request, response, true);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::key).toList();
    }

    @Test
    void aCaseAsTheServiceSendsItIsWithinTheContract() throws Exception {
        assertEquals(List.of(), getCase(200, "application/json", validCase().toString()));
    }

    @Test
    void aPropertyOfTheWrongTypeBreaksTheContract() throws Exception {
        ObjectNode body = validCase();
        body.putObject("id").put("a", 1);
        List<Violation> found = getCase(200, "application/json", body.toString());
        assertTrue(found.stream().anyMatch(v -> v.message().contains("/id") && v.message().contains("type")), found::toString);
    }

    @Test
    void aMissingRequiredPropertyBreaksTheContract() throws Exception {
        String problemWithoutTitle = """
                {"type":"https://pestprotocol.nl/problems/not-found","status":404,"detail":"The case does not exist."}""";
        List<Violation> found = getCase(404, "application/problem+json", problemWithoutTitle);
        assertTrue(found.stream().anyMatch(v -> v.message().contains("title")), found::toString);
    }

    @Test
    void anUnknownEnumValueBreaksTheContract() throws Exception {
        ObjectNode body = validCase();
        body.put("step", "VERZONNEN");
        List<Violation> found = getCase(200, "application/json", body.toString());
        assertTrue(found.stream().anyMatch(v -> v.message().contains("VERZONNEN")), found::toString);
    }

    @Test
    void anUndeclaredStatusBreaksTheContract() throws Exception {
        List<Violation> found = getCase(418, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Teapot\",\"status\":418,\"detail\":\"No.\"}");
        assertEquals(List.of("validation.response.status.unknown"), keys(found));
    }

    @Test
    void anUndeclaredContentTypeBreaksTheContract() throws Exception {
        List<Violation> found = getCase(200, "text/plain", "CaseView[id=0b8e1f52]");
        assertTrue(keys(found).contains("validation.response.contentType.notAllowed"), found::toString);
    }

    @Test
    void anUndeclaredPropertyBreaksTheContract() throws Exception {
        ObjectNode body = validCase();
        body.put("internalNote", "not for clients");
        List<Violation> found = getCase(200, "application/json", body.toString());
        assertTrue(found.stream().anyMatch(v -> v.message().contains("internalNote")), found::toString);
    }

    @Test
    void aRequestOutsideTheContractBreaksItUnlessSentOnPurpose() throws Exception {
        Request unknownQuery = ContractValidation.request("GET", "/api/v1/cases?step=VERZONNEN", AS_CLIENT, null);
        Response page = ContractValidation.response(400, headers("application/problem+json"),
                "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400,\"detail\":\"step\"}");
        assertTrue(keys(ContractValidation.violations(unknownQuery, page, true)).contains("validation.request.parameter.schema.enum"),
                () -> ContractValidation.violations(unknownQuery, page, true).toString());
        assertEquals(List.of(), ContractValidation.violations(unknownQuery, page, false));
    }

    /** The hostile suite's raw clients hand over header names in lower case; the oracle must not go blind on them. */
    @Test
    void headerNamesInLowerCaseAreCheckedAllTheSame() throws Exception {
        ObjectNode body = validCase();
        body.put("step", "VERZONNEN");
        Request request = ContractValidation.request("GET", CASE_PATH, Map.of(), null);
        Map<String, List<String>> lower = Map.of("content-type", List.of("application/json"), "api-version", List.of("1.0.0"),
                "etag", List.of("\"0\""));
        List<Violation> found = ContractValidation.violations(request, ContractValidation.response(200, lower, body.toString()), false);
        assertTrue(found.stream().anyMatch(v -> v.message().contains("VERZONNEN")), found::toString);
        Map<String, List<String>> noVersion = Map.of("content-type", List.of("application/json"));
        assertEquals(List.of(), ContractValidation.violations(request,
                ContractValidation.response(200, lower, validCase().toString()), false));
        assertTrue(ContractValidation.violations(request, ContractValidation.response(200, noVersion, validCase().toString()), false)
                .isEmpty() == !requiredApiVersion(), "API-Version presence is checked whenever the contract requires it");
    }

    private static boolean requiredApiVersion() throws Exception {
        return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(ContractValidation.CONTRACT.toFile())
                .at("/components/headers/API-Version/required").asBoolean();
    }

    @Test
    void theFilterFailsTheTestOnAViolation() {
        Request request = ContractValidation.request("GET", CASE_PATH, AS_CLIENT, null);
        Response plain = ContractValidation.response(200, headers("text/plain"), "CaseView[id=0b8e1f52]");
        assertThrows(AssertionError.class, () -> ContractValidation.assertWithinContract(request, plain, true));
    }
}
