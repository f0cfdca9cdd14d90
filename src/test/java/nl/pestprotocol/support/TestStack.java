package nl.pestprotocol.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the service under test at the shared PostgreSQL and Keycloak; they stop when the test JVM ends. */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalStack stack = LocalStack.shared();
        Tokens.realmUrl = stack.realmUrl();
        // before the service starts, so the JWKS it loads already holds the key
        RealmTestKey.install(stack.realmUrl());
        return stack.serviceConfig();
    }

    @Override
    public void stop() {
        // shared across test classes; the JVM's shutdown hook stops it
    }
}
