package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * What the production overlay deploys: the production realm (never the demo realm), no secret written
 * into any manifest, and PostgreSQL with three instances.
 */
class ProductionOverlayTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|credential|private[-_]?key|api[-_]?key).*");

    @Test
    void keycloakImportsTheProductionRealmExactlyAsInTheRepository() {
        JsonNode realmImport = Manifest.one(Kustomize.overlay("production"), "KeycloakRealmImport", RealmImports.IMPORT_NAME).tree();
        assertEquals(RealmImports.readRealm(RealmImports.PRODUCTION_REALM), realmImport.at("/spec/realm"));
        assertEquals("production", realmImport.at("/spec/realm/attributes/pestprotocol.realm").asText());
        assertEquals(1, Manifest.ofKind(Kustomize.overlay("production"), "KeycloakRealmImport").size(), "one realm, the production one");
    }

    @Test
    void theDevOverlayImportsTheDemoRealmAndOnlyIt() {
        JsonNode realmImport = Manifest.one(Kustomize.overlay("dev"), "KeycloakRealmImport", RealmImports.IMPORT_NAME).tree();
        assertEquals(RealmImports.readRealm(RealmImports.DEMO_REALM), realmImport.at("/spec/realm"));
        assertEquals("demo", realmImport.at("/spec/realm/attributes/pestprotocol.realm").asText());
    }

    @Test
    void holdsNoSecretLiteral() {
        List<Manifest> all = Kustomize.overlay("production");
        assertEquals(List.of(), Manifest.ofKind(all, "Secret").stream().map(Manifest::name).toList(), "no Secret in the manifests");

        Container container = ServiceWorkload.container(ServiceWorkload.service(all));
        for (EnvVar e : container.getEnv()) {
            if (SECRET_NAME.matcher(e.getName()).matches()) {
                assertEquals(null, e.getValue(), e.getName() + " is written into the manifest");
                assertTrue(e.getValueFrom().getSecretKeyRef() != null, e.getName() + " comes from a secret");
            }
        }
        for (ConfigMap map : Manifest.all(all, ConfigMap.class)) {
            map.getData().forEach((k, v) -> {
                assertFalse(SECRET_NAME.matcher(k).matches(), k + " in config map " + map.getMetadata().getName());
                assertFalse(v.toLowerCase().contains("password="), k + " carries a password");
            });
        }

        JsonNode spec = Manifest.one(all, "KeycloakRealmImport", RealmImports.IMPORT_NAME).tree().path("spec");
        JsonNode realm = spec.path("realm");
        assertTrue(realm.findValues("credentials").isEmpty(), "no user credentials in the realm import");
        Set<String> placeholders = new TreeSet<>();
        for (String secret : realm.findValuesAsText("secret")) {
            assertTrue(secret.matches("\\$\\{[A-Z0-9_]+}"), "a literal client secret in the realm import: " + secret);
            placeholders.add(secret.substring(2, secret.length() - 1));
        }
        assertFalse(placeholders.isEmpty());
        Set<String> filled = new TreeSet<>();
        spec.path("placeholders").fieldNames().forEachRemaining(filled::add);
        assertEquals(placeholders, filled, "every placeholder is filled by the operator from a Kubernetes secret");
        spec.path("placeholders").forEach(p -> assertFalse(p.at("/secret/name").asText().isEmpty()));

        for (Manifest m : all) {
            if (m.kind().equals("Keycloak")) {
                assertTrue(m.tree().at("/spec/db/passwordSecret/name").isTextual(), "Keycloak's database password from a secret");
                assertFalse(m.tree().at("/spec/db").has("password"));
            }
        }
    }

    @Test
    void postgresRunsThreeInstances() {
        assertEquals(3, Manifest.one(Kustomize.overlay("production"), "Cluster", "pestprotocol-db").tree().at("/spec/instances").asInt());
        assertEquals(3, Manifest.one(Kustomize.overlay("production"), "Cluster", "keycloak-db").tree().at("/spec/instances").asInt());
    }
}
