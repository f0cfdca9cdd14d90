package nl.pestprotocol.deploy;

import static nl.pestprotocol.deploy.ServiceWorkload.configMap;
import static nl.pestprotocol.deploy.ServiceWorkload.container;
import static nl.pestprotocol.deploy.ServiceWorkload.env;
import static nl.pestprotocol.deploy.ServiceWorkload.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the manifests tell the service matches what the service really serves and reads: probes on
 * its health endpoints and port, env vars that are settings of the service, the identity provider of
 * the overlay, and the metrics path Prometheus scrapes.
 */
class ServiceSettingsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void probesAskTheHealthEndpointsOnThePortTheServiceListensOn(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        Container container = container(service(all));
        Map<String, String> health = AppSettings.healthPaths();
        assertFalse(health.isEmpty(), "quarkus-smallrye-health serves the probes");
        Map<String, Probe> probes = Map.of("startupProbe", container.getStartupProbe(), "livenessProbe", container.getLivenessProbe(),
                "readinessProbe", container.getReadinessProbe());
        probes.forEach((kind, probe) -> {
            assertNotNull(probe, kind);
            assertEquals(health.get(kind), probe.getHttpGet().getPath(), kind);
            assertEquals(AppSettings.httpPort(), port(container, probe.getHttpGet().getPort()), kind + " port");
        });
        Service api = Manifest.all(all, Service.class).stream().filter(s -> s.getMetadata().getName().equals("pestprotocol")).findFirst().orElseThrow();
        for (ServicePort p : api.getSpec().getPorts()) {
            assertEquals(AppSettings.httpPort(), port(container, p.getTargetPort()), "Service targetPort " + p.getTargetPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void everyEnvironmentVariableIsASettingTheServiceReads(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        Container container = container(service(all));
        Map<String, String> known = AppSettings.keysByEnvironmentVariable();
        List<String> names = new ArrayList<>();
        container.getEnv().forEach(e -> names.add(e.getName()));
        for (EnvFromSource from : container.getEnvFrom()) {
            assertNotNull(from.getConfigMapRef(), "envFrom only from config maps (secrets are named key by key)");
            ConfigMap map = configMap(all, from.getConfigMapRef().getName());
            names.addAll(map.getData().keySet());
        }
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(known.containsKey(name), name + " is not a setting of the service (application.properties, "
                    + "@ConfigProperty, or AppSettings.QUARKUS_SETTINGS_FROM_THE_ENVIRONMENT)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceTrustsTokensOfTheOverlaysKeycloakAndFetchesItsKeysInsideTheNamespace(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        Container container = container(service(all));
        JsonNode keycloak = Manifest.one(all, "Keycloak", RealmImports.KEYCLOAK_CR).tree();
        String realm = Manifest.one(all, "KeycloakRealmImport", RealmImports.IMPORT_NAME).tree().at("/spec/realm/realm").asText();
        assertEquals(RealmImports.KEYCLOAK_CR, Manifest.one(all, "KeycloakRealmImport", RealmImports.IMPORT_NAME).tree().at("/spec/keycloakCRName").asText());
        assertEquals("http://" + RealmImports.KEYCLOAK_CR + "-service:" + keycloak.at("/spec/http/httpPort").asInt() + "/realms/" + realm,
                env(all, container, "QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertTrue(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean(), "keys are served on the URL the service asked");
        String hostname = keycloak.at("/spec/hostname/hostname").asText();
        assertEquals(hostname + "/realms/" + realm, env(all, container, "QUARKUS_OIDC_TOKEN_ISSUER"), "the public issuer");
        Ingress login = Manifest.all(all, Ingress.class).stream().filter(i -> i.getMetadata().getName().equals("keycloak")).findFirst().orElseThrow();
        assertEquals(URI.create(hostname).getHost(), login.getSpec().getRules().get(0).getHost(), "users log in where tokens say they did");
        assertEquals("https", URI.create(hostname).getScheme());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void prometheusScrapesTheMetricsPathOfTheApiPort(String overlay) {
        Manifest monitor = Manifest.ofKind(Kustomize.overlay(overlay), "ServiceMonitor").get(0);
        assertEquals("/q/metrics", monitor.tree().at("/spec/endpoints/0/path").asText());
        assertEquals("http", monitor.tree().at("/spec/endpoints/0/port").asText());
    }

    /** The path Prometheus scrapes is the one Micrometer's Prometheus registry serves (MetricsTest scrapes it over HTTP). */
    @Test
    void theServiceServesTheMetricsPathPrometheusScrapes() {
        assertTrue(AppSettings.pomHasDependency("quarkus-micrometer-registry-prometheus"), "the service has the Prometheus registry");
        String path = AppSettings.properties().getProperty("quarkus.micrometer.export.prometheus.path", "metrics");
        // a relative path is served under the non-application root, /q
        assertTrue(path.equals("/q/metrics") || path.equals("metrics"), "the registry serves /q/metrics, not " + path);
    }

    private static int port(Container c, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
