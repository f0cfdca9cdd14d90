package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders each overlay of k8s/ with kustomize and checks it as a cluster would not: built-in resources
 * against fabric8's typed models with no unknown field, the operators' resources against our schema of
 * their fields, every selector against the labels it must match, probes and env vars against what the
 * service really serves and reads, and every secret or config map against what the overlay produces or
 * the README tells a school to provide.
 */
class KubernetesManifestsTest {

    // ---- shapes ---------------------------------------------------------------------------------

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

    // ---- selectors and references -----------------------------------------------------------------

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
    void everySecretAndConfigMapReferencedIsProducedByTheOverlayOrNamedInTheReadme(String overlay) throws IOException {
        List<Manifest> all = Kustomize.overlay(overlay);
        Set<String> produced = new TreeSet<>();
        Manifest.all(all, ConfigMap.class).forEach(c -> produced.add(c.getMetadata().getName()));
        Manifest.all(all, Secret.class).forEach(s -> produced.add(s.getMetadata().getName()));
        String readme = kubernetesSectionOfTheReadme();
        for (String name : referencedSecretsAndConfigMaps(all)) {
            assertTrue(produced.contains(name) || readme.contains("`" + name + "`"),
                    name + " is neither produced by the overlay nor named in README's \"Deploying to Kubernetes\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceUsesTheAppSecretAndCaOfTheCloudNativePgClusterItConnectsTo(String overlay) {
        List<Manifest> all = Kustomize.overlay(overlay);
        Container container = container(service(all));
        JsonNode cluster = Manifest.one(all, "Cluster", "pestprotocol-db").tree();
        String name = cluster.at("/metadata/name").asText();
        assertEquals(Map.of("QUARKUS_DATASOURCE_USERNAME", name + "-app/username", "QUARKUS_DATASOURCE_PASSWORD", name + "-app/password",
                "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET", "pestprotocol-web/client-secret"),
                secretEnv(container));
        URI jdbc = URI.create(env(all, container, "QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertEquals(name + "-rw", jdbc.getHost(), "CloudNativePG's read-write service");
        assertEquals(5432, jdbc.getPort());
        assertEquals("/" + cluster.at("/spec/bootstrap/initdb/database").asText(), jdbc.getPath());
        assertTrue(jdbc.getQuery().contains("sslmode=verify-full"), "TLS with the server's certificate checked");
        Volume ca = service(all).getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null).findFirst().orElseThrow();
        assertEquals(name + "-ca", ca.getSecret().getSecretName());
        assertEquals(List.of("ca.crt"), ca.getSecret().getItems().stream().map(i -> i.getKey()).toList(), "never the CA's private key");
        String mount = container.getVolumeMounts().stream().filter(m -> m.getName().equals(ca.getName())).findFirst().orElseThrow().getMountPath();
        assertTrue(jdbc.getQuery().contains("sslrootcert=" + mount + "/ca.crt"), jdbc.getQuery());
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

    // ---- network --------------------------------------------------------------------------------

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

    // ---- the workload ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceRunsTwiceOrMoreAsNonRootReadOnlyWithLimits(String overlay) throws IOException {
        List<Manifest> all = Kustomize.overlay(overlay);
        Deployment deployment = service(all);
        assertTrue(deployment.getSpec().getReplicas() >= 2);
        Manifest.all(all, HorizontalPodAutoscaler.class).forEach(h -> assertTrue(h.getSpec().getMinReplicas() >= 2));
        Manifest.all(all, PodDisruptionBudget.class).forEach(p -> assertTrue(p.getSpec().getMinAvailable().getIntVal() >= 1));
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(DockerfileTest.runtimeUser(), pod.getSecurityContext().getRunAsUser(), "the image's user");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertFalse(pod.getAutomountServiceAccountToken(), "no Kubernetes API token in the pod");
        Container c = container(deployment);
        assertTrue(c.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(c.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop());
        assertNotNull(c.getResources().getRequests().get("cpu"));
        assertNotNull(c.getResources().getRequests().get("memory"));
        assertNotNull(c.getResources().getLimits().get("memory"));
        assertTrue(c.getImage().contains("pestprotocol") && c.getImage().contains(":"), "the overlay names image and tag: " + c.getImage());
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

    // ---- helpers --------------------------------------------------------------------------------

    static Deployment service(List<Manifest> all) {
        return Manifest.one(all, "Deployment", "pestprotocol").typed(Deployment.class);
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    static ConfigMap configMap(List<Manifest> all, String name) {
        return Manifest.all(all, ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("ConfigMap " + name + " is not in the overlay"));
    }

    /** The value of an environment variable, set directly or through a config map of the overlay. */
    static String env(List<Manifest> all, Container c, String name) {
        for (EnvVar e : c.getEnv()) {
            if (e.getName().equals(name)) {
                return e.getValue();
            }
        }
        for (EnvFromSource from : c.getEnvFrom()) {
            String value = configMap(all, from.getConfigMapRef().getName()).getData().get(name);
            if (value != null) {
                return value;
            }
        }
        throw new AssertionError(name + " is not set");
    }

    static Map<String, String> secretEnv(Container c) {
        Map<String, String> refs = new java.util.TreeMap<>();
        c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .forEach(e -> refs.put(e.getName(), e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey()));
        return refs;
    }

    private static int port(Container c, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    private static Set<Integer> ports(NetworkPolicyEgressRule rule) {
        Set<Integer> ports = new TreeSet<>();
        for (NetworkPolicyPort p : rule.getPorts()) {
            ports.add(p.getPort().getIntVal());
        }
        return ports;
    }

    private static void assertSubset(Map<String, String> selector, Map<String, String> labels, String what) {
        assertFalse(selector == null || selector.isEmpty(), what + " selects everything");
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), what + " " + selector + " does not match " + labels);
    }

    /** Every secret and config map a resource of the overlay reads, by name. */
    static Set<String> referencedSecretsAndConfigMaps(List<Manifest> all) {
        Set<String> names = new TreeSet<>();
        for (Manifest m : all) {
            JsonNode t = m.tree();
            t.findValues("secretKeyRef").forEach(n -> names.add(n.path("name").asText()));
            t.findValues("configMapKeyRef").forEach(n -> names.add(n.path("name").asText()));
            t.findValues("configMapRef").forEach(n -> names.add(n.path("name").asText()));
            t.findValues("secretRef").forEach(n -> names.add(n.path("name").asText()));
            t.findValues("secretName").forEach(n -> names.add(n.asText()));
            if (m.kind().equals("Keycloak")) {
                names.add(t.at("/spec/db/usernameSecret/name").asText());
                names.add(t.at("/spec/db/passwordSecret/name").asText());
            }
            if (m.kind().equals("KeycloakRealmImport")) {
                t.at("/spec/placeholders").forEach(p -> names.add(p.at("/secret/name").asText()));
            }
        }
        names.remove("");
        return names;
    }

    static String kubernetesSectionOfTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Deploying to Kubernetes");
        assertTrue(start >= 0, "README has a \"Deploying to Kubernetes\" section");
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
