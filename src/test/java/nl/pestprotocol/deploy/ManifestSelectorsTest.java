package nl.pestprotocol.deploy;

import static nl.pestprotocol.deploy.ServiceWorkload.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every selector of an overlay matches the labels of the pods or services it means, and every
 * Ingress backend is a Service and port that exists: a mismatch here deploys fine and serves nothing.
 */
class ManifestSelectorsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void everySelectorMatchesTheLabelsOfWhatItMeans(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        Deployment deployment = service(all);
        Map<String, String> pods = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertSubset(deployment.getSpec().getSelector().getMatchLabels(), pods, "Deployment selector");
        deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()
                .forEach(t -> assertSubset(t.getLabelSelector().getMatchLabels(), pods, "topology spread"));

        List<Service> services = Manifest.all(all, Service.class);
        Service api = services.stream().filter(s -> s.getMetadata().getName().equals("pestprotocol")).findFirst().orElseThrow();
        assertSubset(api.getSpec().getSelector(), pods, "Service selector");
        for (PodDisruptionBudget pdb : Manifest.all(all, PodDisruptionBudget.class)) {
            assertSubset(pdb.getSpec().getSelector().getMatchLabels(), pods, "PDB " + pdb.getMetadata().getName());
        }
        for (NetworkPolicy np : Manifest.all(all, NetworkPolicy.class)) {
            assertSubset(np.getSpec().getPodSelector().getMatchLabels(), pods, "NetworkPolicy " + np.getMetadata().getName());
        }
        for (HorizontalPodAutoscaler hpa : Manifest.all(all, HorizontalPodAutoscaler.class)) {
            assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        }
        for (Manifest monitor : Manifest.ofKind(all, "ServiceMonitor")) {
            Map<String, String> selector = Manifest.YAML.convertValue(monitor.tree().at("/spec/selector/matchLabels"), Map.class);
            List<Service> selected = services.stream().filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertEquals(List.of(api), selected, "the ServiceMonitor selects exactly the API's Service");
            for (JsonNode endpoint : monitor.tree().at("/spec/endpoints")) {
                assertTrue(api.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(endpoint.path("port").asText())),
                        "ServiceMonitor port " + endpoint.path("port") + " is a port of the Service");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void ingressBackendsAreServicesAndPortsThatExist(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        List<Service> services = Manifest.all(all, Service.class);
        JsonNode keycloak = Manifest.one(all, "Keycloak", RealmImports.KEYCLOAK_CR).tree();
        for (Ingress ingress : Manifest.all(all, Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                rule.getHttp().getPaths().forEach(path -> {
                    IngressBackend backend = path.getBackend();
                    String name = backend.getService().getName();
                    if (name.equals(RealmImports.KEYCLOAK_CR + "-service")) {
                        // the Keycloak Operator's Service: HTTP on spec.http.httpPort
                        assertTrue(keycloak.at("/spec/http/httpEnabled").asBoolean());
                        assertEquals(keycloak.at("/spec/http/httpPort").asInt(), backend.getService().getPort().getNumber());
                    } else {
                        Service target = services.stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
                                .orElseThrow(() -> new AssertionError("Ingress backend " + name + " is no Service of the overlay"));
                        assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getService().getPort().getName())),
                                "port " + backend.getService().getPort() + " of " + name);
                    }
                });
            }
        }
    }

    private static void assertSubset(Map<String, String> selector, Map<String, String> labels, String what) {
        assertFalse(selector == null || selector.isEmpty(), what + " selects everything");
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), what + " " + selector + " does not match " + labels);
    }
}
