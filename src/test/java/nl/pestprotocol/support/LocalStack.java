package nl.pestprotocol.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The service's real dependencies without Docker: an embedded PostgreSQL and a Keycloak with the
 * repository's realm. Started once per JVM and shared; used by the tests and by the run command.
 */
public final class LocalStack {

    public static final String DATABASE = "pestprotocol";

    private static LocalStack shared;

    private final EmbeddedPostgres postgres;
    private final KeycloakServer keycloak;

    private LocalStack(EmbeddedPostgres postgres, KeycloakServer keycloak) {
        this.postgres = postgres;
        this.keycloak = keycloak;
    }

    /** For tests: random ports, throw-away data. */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            shared = start(0, PortFinder.free(), null);
        }
        return shared;
    }

    /** {@code pgPort} 0 picks a free port; {@code pgData} null uses a throw-away directory. */
    public static LocalStack start(int pgPort, int keycloakPort, Path pgData) {
        try {
            Files.createDirectories(Path.of("target"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
            if (pgPort != 0) {
                builder.setPort(pgPort);
            }
            if (pgData != null) {
                Files.createDirectories(pgData);
                builder.setDataDirectory(pgData).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            createDatabase(pg);
            KeycloakServer kc = new KeycloakServer(KeycloakServer.defaultHome(), keycloakPort, Path.of("target", "keycloak.log"));
            kc.start(Duration.ofSeconds(240));
            LocalStack stack = new LocalStack(pg, kc);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop));
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String realmUrl() {
        return keycloak.realmUrl();
    }

    /** The configuration the service needs to use this stack. */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl());
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        config.put("quarkus.oidc.auth-server-url", realmUrl());
        return config;
    }

    public synchronized void stop() {
        keycloak.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
