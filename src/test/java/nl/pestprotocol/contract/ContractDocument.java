package nl.pestprotocol.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import nl.pestprotocol.support.ContractValidation;

/** openapi/openapi.yaml as a tree, read once, with its operations and {@code $ref}s at hand for the contract's shape tests. */
final class ContractDocument {

    static final String SERVER = "/api/v1";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static JsonNode contract;

    private ContractDocument() {
    }

    static synchronized JsonNode contract() {
        if (contract == null) {
            try {
                contract = new YAMLMapper().readTree(ContractValidation.CONTRACT.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contract;
    }

    /** Every operation of the contract, named like {@code GET /cases/{caseId}}. */
    static void eachOperation(BiConsumer<String, JsonNode> action) {
        contract().get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                action.accept(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue());
            }
        }));
    }

    static JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = contract().at(ref.substring(1));
        }
        return schema;
    }
}
