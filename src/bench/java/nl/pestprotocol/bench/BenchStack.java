package nl.pestprotocol.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.pestprotocol.support.LocalStack;

/**
 * The stack under test, started like the tests start theirs: embedded PostgreSQL and Keycloak
 * from {@link LocalStack} (a throw-away database), and the packaged service as its own process
 * with the demo roster, so the load generator and the service do not share a JVM.
 */
final class BenchStack implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final LocalStack stack;
    final int port;
    private final Process service;

    private BenchStack(LocalStack stack, int port, Process service) {
        this.stack = stack;
        this.port = port;
        this.service = service;
    }

    static BenchStack start(Path out) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("bench.service-jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the service first (./mvnw -Pbench does)");
        }
        LocalStack stack = LocalStack.shared();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + System.getProperty("bench.service-heap", "768m"));
        // e.g. a flight recording of the service: -Dbench.service-jvm-options="-XX:StartFlightRecording=filename=target/bench/service.jfr"
        for (String option : System.getProperty("bench.service-jvm-options", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        for (Map.Entry<String, String> e : stack.serviceConfig().entrySet()) {
            command.add("-D" + e.getKey() + "=" + e.getValue());
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dpestprotocol.demo-data.enabled=true");
        // one user per job: the per-subject limit (1,200 a minute) would cap each job at 20/s and answer the rest 429;
        // the limiter stays on, so its cost is in the figures
        command.add("-Dpestprotocol.rate-limit.requests=100000000");
        command.add("-jar");
        command.add(jar.toString());
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("service.log").toFile()).start();
        BenchStack bench = new BenchStack(stack, port, service);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::close));
        bench.awaitReady();
        return bench;
    }

    long servicePid() {
        return service.pid();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    private void awaitReady() throws InterruptedException {
        for (int i = 0; i < 480; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue() + "; see service.log in the output folder");
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service did not become ready");
    }

    /** A real access token of a demo user (password grant of the development client). */
    String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=pestprotocol-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token for " + user + ": " + r.statusCode());
        }
        return m.group(1);
    }

    @Override
    public synchronized void close() {
        if (service.isAlive()) {
            service.destroy();
            try {
                service.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
