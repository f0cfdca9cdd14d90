package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the service is open to and may reach: network policies let in only the ingress controller and
 * Prometheus and let out only DNS, PostgreSQL, Keycloak and HTTPS to public addresses; ingresses end
 * TLS with HSTS and publish only the API.
 */
class NetworkExposureTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceTakesTrafficOnlyFromTheIngressControllerAndPrometheus(String overlay) {
        List<NetworkPolicy> policies = Manifest.all(Kustomize.overlay(overlay), NetworkPolicy.class);
        Set<String> from = new TreeSet<>();
        for (NetworkPolicy np : policies) {
            np.getSpec().getIngress().forEach(rule -> {
                rule.getFrom().forEach(peer -> {
                    assertNotNull(peer.getNamespaceSelector(), "by namespace");
                    assertEquals(null, peer.getIpBlock());
                    from.add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                });
                assertEquals(List.of("http"), rule.getPorts().stream().map(p -> p.getPort().getStrVal()).toList());
            });
        }
        assertEquals(Set.of("nginx-ingress", "monitoring"), from);
        assertTrue(policies.stream().anyMatch(np -> np.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceReachesOnlyDnsPostgresKeycloakAndHttpsOnPublicAddresses(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        List<NetworkPolicyEgressRule> egress = new ArrayList<>();
        Manifest.all(all, NetworkPolicy.class).forEach(np -> {
            if (np.getSpec().getEgress() != null) {
                egress.addAll(np.getSpec().getEgress());
            }
        });
        assertEquals(4, egress.size(), "DNS, PostgreSQL, Keycloak, webhook receivers");
        assertEquals(Set.of(53), ports(egress.get(0)));
        assertEquals("kube-dns", egress.get(0).getTo().get(0).getPodSelector().getMatchLabels().get("k8s-app"));

        assertEquals(Set.of(5432), ports(egress.get(1)));
        assertEquals(Map.of("cnpg.io/cluster", Manifest.one(all, "Cluster", "pestprotocol-db").name()),
                egress.get(1).getTo().get(0).getPodSelector().getMatchLabels(), "the pods of the service's CloudNativePG cluster");

        JsonNode keycloak = Manifest.one(all, "Keycloak", RealmImports.KEYCLOAK_CR).tree();
        assertEquals(Set.of(keycloak.at("/spec/http/httpPort").asInt()), ports(egress.get(2)));
        assertEquals(Map.of("app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", RealmImports.KEYCLOAK_CR),
                egress.get(2).getTo().get(0).getPodSelector().getMatchLabels(), "the Keycloak Operator's labels of the Keycloak pods");

        assertEquals(Set.of(443), ports(egress.get(3)));
        for (NetworkPolicyPeer peer : egress.get(3).getTo()) {
            assertNotNull(peer.getIpBlock(), "webhook receivers by address");
            List<String> except = peer.getIpBlock().getExcept();
            if (peer.getIpBlock().getCidr().equals("0.0.0.0/0")) {
                assertTrue(except.containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8")),
                        "never inside the cluster's private ranges or the metadata service: " + except);
            } else {
                assertEquals("::/0", peer.getIpBlock().getCidr());
                assertTrue(except.containsAll(List.of("fc00::/7", "fe80::/10")), except.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void ingressesEndTlsForEveryHostWithHstsAndPublishOnlyTheApi(String overlay) {
        for (Ingress ingress : Manifest.all(Kustomize.overlay(overlay), Ingress.class)) {
            String name = ingress.getMetadata().getName();
            Set<String> tlsHosts = new TreeSet<>();
            ingress.getSpec().getTls().forEach(t -> {
                assertNotNull(t.getSecretName(), name + " TLS secret");
                tlsHosts.addAll(t.getHosts());
            });
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertTrue(tlsHosts.contains(rule.getHost()), name + ": " + rule.getHost() + " without TLS");
                rule.getHttp().getPaths().forEach(p -> assertFalse(p.getPath().equals("/") || p.getPath().startsWith("/q")
                        || p.getPath().startsWith("/admin"), name + " publishes " + p.getPath()));
            }
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            assertEquals("true", annotations.get("nginx.org/hsts"), name + " HSTS");
            assertTrue(Long.parseLong(annotations.get("nginx.org/hsts-max-age")) >= 31536000L, name + " HSTS max-age of a year");
            assertEquals("true", annotations.get("ingress.kubernetes.io/ssl-redirect"), name + " redirects HTTP");
        }
    }

    private static Set<Integer> ports(NetworkPolicyEgressRule rule) {
        Set<Integer> ports = new TreeSet<>();
        for (NetworkPolicyPort p : rule.getPorts()) {
            ports.add(p.getPort().getIntVal());
        }
        return ports;
    }
}
