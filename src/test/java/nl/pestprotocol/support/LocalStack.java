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
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The service's real dependencies without Docker: an embedded PostgreSQL and a Keycloak with the
 * repository's realm. Started once per JVM and shared; used by the tests and by the run command.
 */
public final class LocalStack {

    public static final String DATABASE = "pestprotocol";

    private static LocalStack shared;

    private final int pgPort;
    private final Path pgData;
    private final boolean throwAwayData;
    private final KeycloakServer keycloak;
    private EmbeddedPostgres postgres;

    private LocalStack(int pgPort, Path pgData, boolean throwAwayData, KeycloakServer keycloak) {
        this.pgPort = pgPort;
        this.pgData = pgData;
        this.throwAwayData = throwAwayData;
        this.keycloak = keycloak;
    }

    /** For tests: free ports, data thrown away when the run ends. */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            shared = start(PortFinder.free(), PortFinder.free(), Path.of("target", "test-postgres-" + UUID.randomUUID()), true);
        }
        return shared;
    }

    /** For the run command: the data in {@code pgData} is kept between runs. */
    public static LocalStack start(int pgPort, int keycloakPort, Path pgData) {
        return start(pgPort, keycloakPort, pgData, false);
    }

    private static LocalStack start(int pgPort, int keycloakPort, Path pgData, boolean throwAwayData) {
        // A developer running many local test runs may share one Keycloak; when it does not answer, start our own.
        String shared = throwAwayData ? System.getenv("PESTPROTOCOL_TEST_KEYCLOAK") : null;
        KeycloakServer kc = shared != null && KeycloakServer.answers(shared) ? KeycloakServer.running(shared)
                : new KeycloakServer(KeycloakServer.defaultHome(), keycloakPort, Path.of("target", "keycloak.log"));
        LocalStack stack = new LocalStack(pgPort, pgData, throwAwayData, kc);
        stack.startPostgres();
        createDatabase(stack.postgres);
        // generous: on a loaded 2-core machine the first start (augmentation + import) can take minutes
        kc.start(Duration.ofSeconds(Long.getLong("keycloak.start-timeout-seconds", 600)));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop));
        return stack;
    }

    /** Starts PostgreSQL on the stack's port and data directory; after {@link #stopPostgres()} the data is still there. */
    public synchronized void startPostgres() {
        try {
            Files.createDirectories(pgData);
            // pg_stat_statements: tests count the SQL statements a request costs (SqlStatements)
            postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setPort(pgPort)
                    .setDataDirectory(pgData).setCleanDataDirectory(false)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops PostgreSQL as an outage would: the service's connections break and new ones are refused. */
    public synchronized void stopPostgres() {
        try {
            postgres.close();
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
            if (throwAwayData) {
                KeycloakServer.deleteTree(pgData);
            }
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
