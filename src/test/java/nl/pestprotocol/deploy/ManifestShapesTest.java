package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every resource that kustomize renders from an overlay of k8s/ is one a cluster would take as meant:
 * built-in kinds read by fabric8's typed models with no unknown field, the operators' resources
 * against our schema of their fields. Each check is shown to refuse a misspelt field.
 */
class ManifestShapesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void everyResourceIsABuiltInKindOrAnOperatorResourceWeHaveASchemaFor(String overlay) {
        CustomResourceSchema schema = CustomResourceSchema.load();
        for (Manifest m : Kustomize.overlay(overlay)) {
            assertTrue(Manifest.BUILT_IN.containsKey(m.type()) || schema.knows(m.type()), "unknown kind " + m.type() + " " + m.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void builtInResourcesHaveNoFieldTheKubernetesModelDoesNotKnow(String overlay) {
        for (Manifest m : Kustomize.overlay(overlay)) {
            Class<?> type = Manifest.BUILT_IN.get(m.type());
            if (type != null) {
                assertNotNull(m.typed(type));
            }
        }
    }

    @Test
    void theStrictReadingRefusesAMisspeltField() {
        Manifest typo = Manifest.parseAll("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinessprobe: {httpGet: {path: /q/health/ready, port: http}}
                """).get(0);
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> typo.typed(Deployment.class));
        assertTrue(refused.getMessage().contains("readinessprobe"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void operatorResourcesUseOnlyFieldsOfTheOperatorsSchema(String overlay) {
        CustomResourceSchema schema = CustomResourceSchema.load();
        for (Manifest m : Kustomize.overlay(overlay)) {
            if (!Manifest.BUILT_IN.containsKey(m.type())) {
                assertEquals(List.of(), schema.violations(m), m.kind() + " " + m.name());
            }
        }
    }

    @Test
    void theOperatorSchemaRefusesAMisspeltField() {
        Manifest typo = Manifest.parseAll("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {instance: 3, storage: {size: 1Gi}}
                """).get(0);
        assertEquals(List.of("spec.instance: not a known field"), CustomResourceSchema.load().violations(typo));
    }
}
