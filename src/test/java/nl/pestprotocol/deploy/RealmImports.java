package nl.pestprotocol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes the Keycloak Operator's KeycloakRealmImport of each overlay from the realm file in
 * src/main/keycloak, so the realm has one source of truth. Kustomize without plugins cannot place a
 * file's content inside a resource (nor read files outside k8s/), so the build generates the resource
 * and {@link RealmImportFilesTest} fails whenever the committed one differs from what this writes.
 */
final class RealmImports {

    static final Path DEMO_REALM = Path.of("src/main/keycloak/pestprotocol-realm.json");
    static final Path PRODUCTION_REALM = Path.of("src/main/keycloak/pestprotocol-realm-production.json");

    /** Which overlay imports which realm: production never the demo realm. */
    static final Map<String, Path> REALM_OF_OVERLAY = Map.of("production", PRODUCTION_REALM, "dev", DEMO_REALM);

    static final String KEYCLOAK_CR = "keycloak";
    static final String IMPORT_NAME = "pestprotocol-realm";

    /**
     * Every ${PLACEHOLDER} a realm may use, and the Kubernetes secret key the operator fills it from.
     * A realm with a placeholder missing here cannot be generated.
     */
    static final Map<String, SecretKey> PLACEHOLDERS = Map.of(
            "SIS_INTEGRATOR_CLIENT_SECRET", new SecretKey("pestprotocol-sis-integrator", "client-secret"),
            "PESTPROTOCOL_WEB_CLIENT_SECRET", new SecretKey("pestprotocol-web", "client-secret"));

    record SecretKey(String name, String key) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private RealmImports() {
    }

    static Path importFile(String overlay) {
        return Kustomize.K8S.resolve("overlays").resolve(overlay).resolve("keycloak-realm-import.yaml");
    }

    static JsonNode readRealm(Path realmFile) {
        try {
            return JSON.readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the ${...} placeholders in a realm file, sorted. */
    static TreeSet<String> placeholdersIn(Path realmFile) {
        try {
            Matcher m = PLACEHOLDER.matcher(Files.readString(realmFile));
            TreeSet<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The KeycloakRealmImport of an overlay, as the file committed beside its kustomization. */
    static String generate(String overlay) {
        Path realmFile = REALM_OF_OVERLAY.get(overlay);
        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", IMPORT_NAME);
        metadata.putObject("labels").put("app.kubernetes.io/name", "keycloak").put("app.kubernetes.io/component", "identity");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        Map<String, SecretKey> used = new TreeMap<>();
        for (String name : placeholdersIn(realmFile)) {
            SecretKey key = PLACEHOLDERS.get(name);
            if (key == null) {
                throw new IllegalStateException(realmFile + " uses ${" + name + "}, which RealmImports.PLACEHOLDERS does not map to a secret");
            }
            used.put(name, key);
        }
        if (!used.isEmpty()) {
            ObjectNode placeholders = spec.putObject("placeholders");
            used.forEach((name, key) -> placeholders.putObject(name).putObject("secret").put("name", key.name()).put("key", key.key()));
        }
        spec.set("realm", readRealm(realmFile));
        try {
            return "# GENERATED from " + realmFile.toString().replace('\\', '/') + " by RealmImports: do not edit.\n"
                    + "# Regenerate: ./mvnw -B verify -Dtest=RealmImportFilesTest -Dpestprotocol.realm-import.update=true\n"
                    + YAML.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
