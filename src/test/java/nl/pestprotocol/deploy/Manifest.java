package nl.pestprotocol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** One rendered Kubernetes resource: its raw tree, and for built-in kinds a strictly typed model. */
record Manifest(String apiVersion, String kind, String name, JsonNode tree) {

    /** The built-in kinds the overlays may contain, with the fabric8 model each is read into. */
    static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    static final ObjectMapper YAML = new YAMLMapper();

    /**
     * Reads fabric8 models strictly: their catch-all "additionalProperties" is switched off, so a
     * misspelt or misplaced field is an error naming its path instead of being carried along.
     */
    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                        BeanDeserializerBuilder builder) {
                    if (bean.getBeanClass().getName().startsWith("io.fabric8.")) {
                        builder.setAnySetter(null);
                        builder.setIgnoreUnknownProperties(false);
                    }
                    return builder;
                }
            }));

    static List<Manifest> parseAll(String yaml) {
        List<Manifest> all = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                all.add(new Manifest(doc.path("apiVersion").asText(), doc.path("kind").asText(),
                        doc.path("metadata").path("name").asText(), doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    String type() {
        return apiVersion + "/" + kind;
    }

    /** This resource as its fabric8 model; fails on any field the model does not know. */
    <T> T typed(Class<T> type) {
        try {
            return STRICT.treeToValue(tree, type);
        } catch (IOException e) {
            throw new AssertionError(kind + " " + name + " does not match the Kubernetes schema: " + e.getMessage(), e);
        }
    }

    static <T> List<T> all(List<Manifest> manifests, Class<T> type) {
        String wanted = BUILT_IN.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        return manifests.stream().filter(m -> m.type().equals(wanted)).map(m -> m.typed(type)).toList();
    }

    static List<Manifest> ofKind(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> m.kind.equals(kind)).toList();
    }

    static Manifest one(List<Manifest> manifests, String kind, String name) {
        return manifests.stream().filter(m -> m.kind.equals(kind) && m.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in the rendered overlay"));
    }
}
