package nl.pestprotocol.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak from the Maven Central distribution (unpacked by the build into target/keycloak),
 * started in dev mode with the repository's realm imported afresh.
 */
public final class KeycloakServer {

    private final Path home;
    private final int port;
    private final Path log;
    private final String external;
    private Process process;

    public KeycloakServer(Path home, int port, Path log) {
        this(home, port, log, null);
    }

    private KeycloakServer(Path home, int port, Path log, String external) {
        this.home = home;
        this.port = port;
        this.log = log;
        this.external = external;
    }

    /**
     * A Keycloak that already runs with the demo realm (e.g. one shared by several local test runs, named
     * by PESTPROTOCOL_TEST_KEYCLOAK=http://localhost:PORT); never started or stopped by us.
     */
    public static KeycloakServer running(String baseUrl) {
        return new KeycloakServer(null, -1, null, baseUrl.replaceAll("/+$", ""));
    }

    /** Whether a Keycloak with the pestprotocol realm answers at {@code baseUrl}. */
    public static boolean answers(String baseUrl) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl.replaceAll("/+$", "")
                    + "/realms/pestprotocol/.well-known/openid-configuration").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public static Path defaultHome() {
        String configured = System.getProperty("keycloak.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> dirs = Files.list(Path.of("target", "keycloak"))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is not unpacked; run ./mvnw process-test-resources"));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not unpacked under target/keycloak; run the build first", e);
        }
    }

    public static Path realmFile() {
        return Path.of(System.getProperty("pestprotocol.realm-file", "src/main/keycloak/pestprotocol-realm.json"));
    }

    public String realmUrl() {
        return (external != null ? external : "http://localhost:" + port) + "/realms/pestprotocol";
    }

    public void start(Duration timeout) {
        if (external != null) {
            return;
        }
        try {
            Path kc = launcher(home);
            kc.toFile().setExecutable(true);
            // A fresh database each start, so the realm file in the repository is what runs.
            deleteTree(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile(), home.resolve("data/import/pestprotocol-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder pb = new ProcessBuilder(List.of(kc.toString(), "start-dev", "--import-realm",
                    "--http-port=" + port, "--http-management-port=" + PortFinder.free(), "--hostname-strict=false"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
            awaitReady(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kc.sh, or on Windows kc.bat: the Keycloak distribution ships both. */
    public static Path launcher(Path home) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return home.resolve(windows ? "bin/kc.bat" : "bin/kc.sh");
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(realmUrl() + "/.well-known/openid-configuration").toURL()
                        .openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
