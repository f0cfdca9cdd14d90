package nl.pestprotocol.deploy;

import static nl.pestprotocol.deploy.ServiceWorkload.container;
import static nl.pestprotocol.deploy.ServiceWorkload.env;
import static nl.pestprotocol.deploy.ServiceWorkload.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every secret and config map an overlay reads is produced by it or named in the README for a school
 * to provide, and the service takes its database credentials and CA from the CloudNativePG cluster
 * it connects to.
 */
class SecretsAndConfigMapsTest {

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

    private static Map<String, String> secretEnv(Container c) {
        Map<String, String> refs = new java.util.TreeMap<>();
        c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .forEach(e -> refs.put(e.getName(), e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey()));
        return refs;
    }

    /** Every secret and config map a resource of the overlay reads, by name. */
    private static Set<String> referencedSecretsAndConfigMaps(List<Manifest> all) {
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

    private static String kubernetesSectionOfTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Deploying to Kubernetes");
        assertTrue(start >= 0, "README has a \"Deploying to Kubernetes\" section");
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
