package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;

/**
 * The production realm as a real Keycloak reports it after importing it: Keycloak adds defaults of its
 * own on import (offline_access became a default role of an earlier version of this realm), which
 * reading the file cannot show. The realm is imported into the test run's Keycloak through the admin
 * API (the same import the Keycloak Operator's job runs), under a name of its own, with its secret
 * placeholder filled as the operator fills it, and removed afterwards. A Quarkus test only so that it
 * uses the test run's one Keycloak instead of starting another.
 */
@QuarkusTest
class ProductionRealmInKeycloakTest extends ApiTest {

    static final String SIS_SECRET = "test-only-" + UUID.randomUUID();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REALM = "pestprotocol-production-" + UUID.randomUUID().toString().substring(0, 8);
    private static String keycloak;
    private static String token;

    @BeforeAll
    static void importTheProductionRealm() throws Exception {
        String demoRealm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        keycloak = demoRealm.substring(0, demoRealm.indexOf("/realms/"));
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "admin token: " + answer.body());
        token = JSON.readTree(answer.body()).path("access_token").asText();

        String file = Files.readString(RealmImports.PRODUCTION_REALM);
        assertTrue(file.contains("${SIS_INTEGRATOR_CLIENT_SECRET}"));
        // every placeholder filled, as the operator fills them from their secrets
        for (String placeholder : RealmImports.PLACEHOLDERS.keySet()) {
            file = file.replace("${" + placeholder + "}",
                    placeholder.equals("SIS_INTEGRATOR_CLIENT_SECRET") ? SIS_SECRET : "test-only-" + UUID.randomUUID());
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(file);
        realm.put("realm", REALM);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), "Keycloak refused to import the production realm: " + created.body());
    }

    @AfterAll
    static void removeIt() throws Exception {
        if (token != null) {
            HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + REALM)).header("Authorization", "Bearer " + token)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void keycloakKeepsTheHardeningSettingsOfTheFile() throws Exception {
        JsonNode realm = get("");
        StringBuilder report = new StringBuilder("The production realm as Keycloak reports it after the import:");
        for (String field : List.of("sslRequired", "passwordPolicy", "bruteForceProtected", "permanentLockout", "maxTemporaryLockouts",
                "failureFactor", "waitIncrementSeconds", "eventsEnabled", "eventsExpiration", "adminEventsEnabled",
                "adminEventsDetailsEnabled", "revokeRefreshToken", "refreshTokenMaxReuse", "accessTokenLifespan", "ssoSessionIdleTimeout",
                "ssoSessionMaxLifespan", "offlineSessionMaxLifespanEnabled", "offlineSessionMaxLifespan", "browserFlow")) {
            report.append("\n  ").append(field).append(" = ").append(realm.path(field));
        }
        report.append("\n  attributes.adminEventsExpiration = ").append(realm.path("attributes").path("adminEventsExpiration"));
        System.out.println(report);

        assertEquals("all", realm.path("sslRequired").asText());
        assertEquals(RealmImports.readRealm(RealmImports.PRODUCTION_REALM).path("passwordPolicy").asText(), realm.path("passwordPolicy").asText());
        assertTrue(realm.path("bruteForceProtected").asBoolean() && realm.path("permanentLockout").asBoolean());
        assertEquals(5, realm.path("failureFactor").asInt());
        assertTrue(realm.path("eventsEnabled").asBoolean() && realm.path("adminEventsEnabled").asBoolean());
        assertTrue(realm.path("revokeRefreshToken").asBoolean());
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt());
        assertEquals(36000, realm.path("ssoSessionMaxLifespan").asInt());
        assertEquals("pestprotocol browser", realm.path("browserFlow").asText());
        assertEquals("15552000", realm.path("attributes").path("adminEventsExpiration").asText());
    }

    @Test
    void nobodyGetsOfflineAccessAfterTheImport() throws Exception {
        String defaultRole = get("").path("defaultRole").path("name").asText();
        List<String> composites = names(get("/roles/" + defaultRole + "/composites"));
        assertFalse(composites.contains("offline_access"), "default roles: " + composites);
        assertFalse(names(get("/default-optional-client-scopes")).contains("offline_access"), "offered to new clients");
        assertFalse(names(get("/default-default-client-scopes")).contains("offline_access"));
    }

    @Test
    void everyLoginAsksForASecondFactorAndNewUsersSetUpAOneTimeCode() throws Exception {
        List<String> steps = new ArrayList<>();
        get("/authentication/flows/" + URLEncoder.encode("pestprotocol browser", StandardCharsets.UTF_8).replace("+", "%20") + "/executions")
                .forEach(e -> steps.add(e.path("level").asInt() + ":" + e.path("displayName").asText() + ":" + e.path("requirement").asText()));
        assertEquals(List.of("0:Cookie:ALTERNATIVE", "0:pestprotocol browser forms:ALTERNATIVE", "1:Username Password Form:REQUIRED",
                "1:pestprotocol second factor:REQUIRED", "2:OTP Form:ALTERNATIVE", "2:WebAuthn Authenticator:ALTERNATIVE"), steps);
        JsonNode otp = get("/authentication/required-actions/CONFIGURE_TOTP");
        assertTrue(otp.path("enabled").asBoolean() && otp.path("defaultAction").asBoolean());
    }

    @Test
    void noUsersNoPasswordGrantAndTheIntegratorsSecretIsTheOneFilledIn() throws Exception {
        for (JsonNode client : get("/clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id);
            if (id.equals("sis-integrator")) {
                assertEquals(SIS_SECRET, client.path("secret").asText(), "the placeholder's value");
                String account = get("/clients/" + client.path("id").asText() + "/service-account-user").path("id").asText();
                assertEquals(List.of("integrator"), names(get("/users/" + account + "/role-mappings/realm")).stream()
                        .filter(r -> !r.startsWith("default-roles-")).toList(), "the service account's role");
            }
        }
        assertEquals(0, get("/users").size(), "no user accounts (Keycloak lists service accounts apart)");
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }
}
