package nl.pestprotocol.devstack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.pestprotocol.support.LocalStack;

/**
 * The run command (README): an embedded PostgreSQL (data kept in target/dev-postgres), Keycloak on
 * port 8180 with the demo realm, and the packaged service on port 8080 with the demo roster.
 * Ctrl-C stops all three.
 */
public final class DevStack {

    private static final int PG_PORT = 54329;
    private static final int KEYCLOAK_PORT = 8180;
    private static final int SERVICE_PORT = 8080;

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the service first (the run command does: ./mvnw -Prun)");
        }
        System.out.println("Starting PostgreSQL and Keycloak (Keycloak takes 20-60 s) ...");
        LocalStack stack = LocalStack.start(PG_PORT, KEYCLOAK_PORT, Path.of("target", "dev-postgres"));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (Map.Entry<String, String> e : stack.serviceConfig().entrySet()) {
            command.add("-D" + e.getKey() + "=" + e.getValue());
        }
        command.add("-Dquarkus.http.port=" + SERVICE_PORT);
        command.add("-Dpestprotocol.demo-data.enabled=true");
        // the demo realm's development-only secret of the web pages' client pestprotocol-web
        command.add("-Dquarkus.oidc.web.credentials.secret=pestprotocol-web-secret-development-only");
        command.add("-jar");
        command.add(jar.toString());
        Process service = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.destroy();
            try {
                service.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        awaitReady(service);
        System.out.println(banner(stack.realmUrl()));
        System.exit(service.waitFor());
    }

    private static void awaitReady(Process service) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + SERVICE_PORT + "/q/health/ready")
                        .toURL().openConnection();
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

    private static String banner(String realmUrl) {
        return """

                ==========================================================================
                 pestprotocol is ready
                   API       http://localhost:%d/api/v1   (contract: /api/v1/openapi.json)
                   Keycloak  %s   (admin console: admin / admin)
                   Users     mentor1 mentor2 lc1 oc1 beheer1  (password = username)
                 Try it (bash):
                   TOKEN=$(curl -s -d grant_type=password -d client_id=pestprotocol-cli \\
                     -d username=mentor1 -d password=mentor1 \\
                     %s/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                   curl -i -X POST http://localhost:%d/api/v1/cases \\
                     -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                     -d '{"summary":"Uitgescholden in de kantine","incident":{"occurredAt":"2026-11-02T12:30:00Z",
                          "reporterType":"LEERLING","forms":["VERBAAL"],"description":"Sanne wordt uitgescholden.",
                          "students":[{"studentId":"1A-01","role":"GEPESTE"},{"studentId":"1A-02","role":"PESTER"}]}}'
                 Stop everything with Ctrl-C.
                ==========================================================================
                """.formatted(SERVICE_PORT, realmUrl.replace("/realms/pestprotocol", ""), realmUrl, SERVICE_PORT);
    }
}
