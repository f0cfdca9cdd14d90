package nl.pestprotocol.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * Our small schema of the operators' custom resources (src/test/resources/deploy/custom-resources.yaml):
 * the cluster has the operators' real CRDs, this build has not, so the fields k8s/ may use are listed
 * there and everything else is refused.
 */
final class CustomResourceSchema {

    private static final Set<String> TOP_LEVEL = Set.of("apiVersion", "kind", "metadata", "spec");

    private final JsonNode schemas;

    private CustomResourceSchema(JsonNode schemas) {
        this.schemas = schemas;
    }

    static CustomResourceSchema load() {
        try (InputStream in = CustomResourceSchema.class.getResourceAsStream("/deploy/custom-resources.yaml")) {
            return new CustomResourceSchema(Manifest.YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(String type) {
        return schemas.has(type);
    }

    /** Every way the resource departs from the schema, as "path: problem"; empty when it fits. */
    List<String> violations(Manifest resource) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = schemas.get(resource.type());
        if (schema == null) {
            problems.add(resource.type() + ": no schema for this custom resource");
            return problems;
        }
        for (Iterator<String> it = resource.tree().fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!TOP_LEVEL.contains(field)) {
                problems.add(field + ": not a field of " + resource.kind());
            }
        }
        resource.typed(ObjectMetaHolder.class);
        check(resource.tree().path("spec"), schema.path("spec"), "spec", problems);
        return problems;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.isTextual()) {
            String type = schema.asText();
            boolean ok = switch (type) {
                case "any" -> true;
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                case "quantity" -> value.isTextual() || value.isNumber();
                default -> throw new IllegalStateException("Unknown type " + type + " in custom-resources.yaml at " + path);
            };
            if (!ok) {
                problems.add(path + ": expected " + type + ", found " + value.getNodeType());
            }
        } else if (schema.isArray()) {
            if (!value.isArray()) {
                problems.add(path + ": expected a list, found " + value.getNodeType());
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get(0), path + "[" + i + "]", problems);
            }
        } else {
            if (!value.isObject()) {
                problems.add(path + ": expected an object, found " + value.getNodeType());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode fieldSchema = schema.has("*") ? schema.get("*") : schema.get(field.getKey());
                if (fieldSchema == null) {
                    problems.add(path + "." + field.getKey() + ": not a known field");
                } else {
                    check(field.getValue(), fieldSchema, path + "." + field.getKey(), problems);
                }
            }
        }
    }

    /** Reads only the metadata of a custom resource strictly, with fabric8's ObjectMeta. */
    static final class ObjectMetaHolder {
        public String apiVersion;
        public String kind;
        public ObjectMeta metadata;
        public JsonNode spec;
    }
}
