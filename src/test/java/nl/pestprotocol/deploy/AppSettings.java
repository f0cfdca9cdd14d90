package nl.pestprotocol.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the application reads: its configuration keys and the paths it serves, taken from the
 * repository (application.properties, @ConfigProperty and @ConfigMapping in src/main/java, the pom's
 * extensions), so that a manifest cannot set a variable or probe a path the service does not know.
 */
final class AppSettings {

    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    /**
     * Quarkus settings the deployment sets that application.properties leaves to the environment,
     * each a documented key of the extension named.
     */
    static final Map<String, String> QUARKUS_SETTINGS_FROM_THE_ENVIRONMENT = Map.of(
            "quarkus.datasource.jdbc.url", "quarkus-agroal: the JDBC URL of the database (CloudNativePG's -rw service)",
            "quarkus.datasource.username", "quarkus-agroal: the database user (CloudNativePG's -app secret)",
            "quarkus.datasource.password", "quarkus-agroal: the database password (CloudNativePG's -app secret)",
            "quarkus.oidc.token.issuer", "quarkus-oidc: the issuer tokens must carry (the public login hostname)",
            "quarkus.oidc.web.token.issuer", "quarkus-oidc: the same issuer, for the web pages' tenant",
            "quarkus.oidc.web.credentials.secret", "quarkus-oidc: the client secret of pestprotocol-web (Kubernetes secret pestprotocol-web)");

    private AppSettings() {
    }

    static Properties properties() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Every configuration key the application reads, by the environment variable that sets it. */
    static Map<String, String> keysByEnvironmentVariable() {
        Map<String, String> keys = new TreeMap<>();
        for (String key : properties().stringPropertyNames()) {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            keys.put(envName(plain), plain);
        }
        QUARKUS_SETTINGS_FROM_THE_ENVIRONMENT.keySet().forEach(k -> keys.put(envName(k), k));
        configPropertiesInSources().forEach(k -> keys.put(envName(k), k));
        return keys;
    }

    /** MicroProfile Config's rule: every character that is not a letter or digit becomes _, upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");

    private static Set<String> configPropertiesInSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = CONFIG_PROPERTY.matcher(Files.readString(p));
                    Stream.Builder<String> found = Stream.builder();
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                    return found.build();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the service listens on. */
    static int httpPort() {
        return Integer.parseInt(properties().getProperty("quarkus.http.port", "8080"));
    }

    static boolean pomHasDependency(String artifactId) {
        try {
            return Files.readString(Path.of("pom.xml")).contains("<artifactId>" + artifactId + "</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The health endpoints quarkus-smallrye-health serves, by the probe that should use each. */
    static Map<String, String> healthPaths() {
        if (!pomHasDependency("quarkus-smallrye-health")) {
            return Map.of();
        }
        String root = properties().getProperty("quarkus.smallrye-health.root-path", "health");
        String base = "/q/" + root;
        return Map.of("startupProbe", base + "/started", "livenessProbe", base + "/live", "readinessProbe", base + "/ready");
    }
}
