package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The production realm (src/main/keycloak/pestprotocol-realm-production.json) is hardened as spec §12
 * "Hardening" and issue 12 ask; the demo realm says what it is. Read as JSON, no Keycloak needed.
 */
class ProductionRealmTest {

    private static final JsonNode REALM = RealmImports.readRealm(RealmImports.PRODUCTION_REALM);
    private static final JsonNode DEMO = RealmImports.readRealm(RealmImports.DEMO_REALM);
    private static final int SCHOOL_DAY_SECONDS = 10 * 3600;

    @Test
    void isMarkedAsTheProductionRealmAndTheDemoRealmAsDemo() {
        assertEquals("production", REALM.path("attributes").path("pestprotocol.realm").asText());
        assertEquals("demo", DEMO.path("attributes").path("pestprotocol.realm").asText());
        assertTrue(DEMO.path("displayName").asText().contains("DEMO"), "the demo realm shows DEMO on its login page");
        assertEquals(DEMO.path("realm").asText(), REALM.path("realm").asText(), "the service's issuer path is the same realm name");
    }

    @Test
    void hasNoUsersButTheIntegratorsServiceAccountAndNoCredentials() {
        for (JsonNode user : REALM.path("users")) {
            assertTrue(user.hasNonNull("serviceAccountClientId"), "only service accounts, not " + user.path("username"));
            assertFalse(user.has("credentials"), "a service account has no password");
            assertFalse(user.has("email"), "no personal data");
        }
        assertEquals(List.of("service-account-sis-integrator"), names(REALM.path("users"), "username"));
        assertTrue(REALM.findValues("credentials").isEmpty(), "no credentials anywhere");
    }

    @Test
    void holdsNoSecretOnlyPlaceholdersFilledFromKubernetesSecrets() {
        List<String> secrets = REALM.findValuesAsText("secret");
        assertFalse(secrets.isEmpty(), "the integrator's client secret is there, as a placeholder");
        for (String secret : secrets) {
            assertTrue(secret.matches("\\$\\{[A-Z0-9_]+}"), "a literal client secret: " + secret);
        }
        assertEquals(RealmImports.PLACEHOLDERS.keySet(), Set.copyOf(RealmImports.placeholdersIn(RealmImports.PRODUCTION_REALM)),
                "every placeholder is filled from a Kubernetes secret, and every mapped secret is used");
        assertFalse(REALM.has("privateKey") || REALM.has("smtpServer") || REALM.has("components"),
                "no keys and no SMTP password in the file: Keycloak generates the keys");
    }

    @Test
    void noClientAllowsThePasswordGrantOrTheImplicitFlow() {
        for (JsonNode client : REALM.path("clients")) {
            String id = client.path("clientId").asText();
            assertTrue(client.has("directAccessGrantsEnabled") && !client.path("directAccessGrantsEnabled").asBoolean(),
                    id + " must say directAccessGrantsEnabled: false");
            assertTrue(client.has("implicitFlowEnabled") && !client.path("implicitFlowEnabled").asBoolean(), id + " implicit flow");
        }
    }

    @Test
    void passwordsNeedTwelveCharactersNotTheUserNameAndNotARecentOne() {
        Map<String, String> policy = passwordPolicy();
        assertTrue(Integer.parseInt(policy.get("length")) >= 12, "length " + policy);
        assertTrue(policy.containsKey("notUsername"), "notUsername " + policy);
        assertTrue(Integer.parseInt(policy.get("passwordHistory")) >= 3, "passwordHistory " + policy);
    }

    /**
     * Every human user of this realm is staff, so the browser login asks every user for a second
     * factor (a one-time code, or a security key), with no condition that could skip it.
     */
    @Test
    void everyStaffLoginNeedsASecondFactorOtpOrWebAuthn() {
        JsonNode browser = flow(REALM.path("browserFlow").asText());
        assertTrue(browser.path("topLevel").asBoolean());
        List<JsonNode> top = executions(browser);
        assertEquals(Set.of("auth-cookie"), top.stream().filter(e -> !e.path("authenticatorFlow").asBoolean())
                .map(e -> e.path("authenticator").asText()).collect(Collectors.toSet()),
                "besides the forms, only the session cookie of a completed login");
        JsonNode forms = flow(top.stream().filter(e -> e.path("authenticatorFlow").asBoolean()).findFirst().orElseThrow()
                .path("flowAlias").asText());
        List<JsonNode> steps = executions(forms);
        assertEquals("auth-username-password-form", steps.get(0).path("authenticator").asText());
        assertEquals("REQUIRED", steps.get(0).path("requirement").asText());
        JsonNode secondStep = steps.get(1);
        assertEquals("REQUIRED", secondStep.path("requirement").asText(), "the second factor is required, not conditional");
        assertEquals(2, steps.size());
        List<JsonNode> factors = executions(flow(secondStep.path("flowAlias").asText()));
        assertEquals(Set.of("auth-otp-form", "webauthn-authenticator"),
                factors.stream().map(e -> e.path("authenticator").asText()).collect(Collectors.toSet()));
        factors.forEach(f -> assertEquals("ALTERNATIVE", f.path("requirement").asText()));
        assertTrue(REALM.findValuesAsText("authenticator").stream().noneMatch(a -> a.startsWith("conditional-")),
                "no condition decides who may skip the second factor");

        JsonNode configureOtp = requiredAction("CONFIGURE_TOTP");
        assertTrue(configureOtp.path("enabled").asBoolean() && configureOtp.path("defaultAction").asBoolean(),
                "every new user sets up a one-time code at the first login");
        assertTrue(requiredAction("webauthn-register").path("enabled").asBoolean(), "a security key may be registered");
    }

    @Test
    void loginAndAdminEventsAreRecordedAndExpire() {
        assertTrue(REALM.path("eventsEnabled").asBoolean());
        long expiry = REALM.path("eventsExpiration").asLong();
        assertTrue(expiry > 0 && expiry <= 366L * 24 * 3600, "login events expire within a year: " + expiry);
        assertTrue(REALM.path("adminEventsEnabled").asBoolean());
        assertTrue(REALM.path("adminEventsDetailsEnabled").asBoolean());
        long adminExpiry = Long.parseLong(REALM.path("attributes").path("adminEventsExpiration").asText("0"));
        assertTrue(adminExpiry > 0 && adminExpiry <= 366L * 24 * 3600, "admin events expire within a year: " + adminExpiry);
    }

    @Test
    void bruteForceDetectionLocksAnAccountAfterFiveFailures() {
        assertTrue(REALM.path("bruteForceProtected").asBoolean());
        assertTrue(REALM.path("failureFactor").asInt() <= 5, "failureFactor " + REALM.path("failureFactor"));
        assertTrue(REALM.path("permanentLockout").asBoolean(), "repeated lockouts end in a permanent one");
        assertTrue(REALM.path("maxTemporaryLockouts").asInt() <= 3);
        assertTrue(REALM.path("waitIncrementSeconds").asInt() >= 300, "a temporary lockout lasts minutes");
    }

    @Test
    void everyRequestNeedsTls() {
        assertEquals("all", REALM.path("sslRequired").asText());
    }

    /**
     * Keycloak makes offline_access a default role unless the realm defines both the role and its
     * client scope; this realm defines both, grants the role to nobody and offers the scope to no client.
     */
    @Test
    void nobodyGetsOfflineAccessByDefault() {
        assertTrue(names(REALM.path("roles").path("realm"), "name").contains("offline_access"));
        assertTrue(names(REALM.path("clientScopes"), "name").contains("offline_access"));
        assertFalse(REALM.has("defaultRole") || REALM.has("defaultRoles"), "no default role that could carry it");
        assertFalse(strings(REALM.path("defaultOptionalClientScopes")).contains("offline_access"));
        assertFalse(strings(REALM.path("defaultDefaultClientScopes")).contains("offline_access"));
        for (JsonNode client : REALM.path("clients")) {
            assertFalse(strings(client.path("optionalClientScopes")).contains("offline_access"), client.path("clientId").asText());
            assertFalse(strings(client.path("defaultClientScopes")).contains("offline_access"), client.path("clientId").asText());
        }
    }

    @Test
    void refreshTokensRotateAndCannotBeReused() {
        assertTrue(REALM.path("revokeRefreshToken").asBoolean());
        assertEquals(0, REALM.path("refreshTokenMaxReuse").asInt());
        assertTrue(REALM.has("refreshTokenMaxReuse"));
    }

    @Test
    void sessionsEndWithTheSchoolDay() {
        int max = REALM.path("ssoSessionMaxLifespan").asInt();
        assertTrue(max > 0 && max <= SCHOOL_DAY_SECONDS, "ssoSessionMaxLifespan " + max);
        int idle = REALM.path("ssoSessionIdleTimeout").asInt();
        assertTrue(idle > 0 && idle <= 3600, "ssoSessionIdleTimeout " + idle);
        assertTrue(REALM.path("offlineSessionMaxLifespanEnabled").asBoolean());
        assertTrue(REALM.path("offlineSessionMaxLifespan").asInt() <= SCHOOL_DAY_SECONDS);
        assertTrue(REALM.path("accessTokenLifespan").asInt() <= 300, "access tokens live minutes");
        assertFalse(REALM.path("rememberMe").asBoolean(true), "no remember-me beyond the day");
    }

    @Test
    void hasTheDemoRealmsRolesPlusAanspreekpuntAndItsClientsWithTheApiAudience() {
        TreeSet<String> expected = new TreeSet<>(names(DEMO.path("roles").path("realm"), "name"));
        expected.add("aanspreekpunt");
        expected.add("offline_access");
        assertEquals(expected, new TreeSet<>(names(REALM.path("roles").path("realm"), "name")));
        TreeSet<String> clients = new TreeSet<>(names(DEMO.path("clients"), "clientId"));
        clients.add("admin-cli"); // Keycloak's own, redefined without the password grant
        assertEquals(clients, new TreeSet<>(names(REALM.path("clients"), "clientId")));
        for (JsonNode client : REALM.path("clients")) {
            boolean issuesTokens = client.path("standardFlowEnabled").asBoolean() || client.path("serviceAccountsEnabled").asBoolean()
                    || client.path("attributes").path("oauth2.device.authorization.grant.enabled").asText().equals("true");
            if (client.path("bearerOnly").asBoolean() || !issuesTokens) {
                continue;
            }
            assertTrue(StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .anyMatch(m -> m.path("protocolMapper").asText().equals("oidc-audience-mapper")
                            && m.path("config").path("included.client.audience").asText().equals("pestprotocol-api")),
                    client.path("clientId") + " issues tokens for the API's audience");
        }
        assertEquals(List.of("integrator"), strings(REALM.path("users").get(0).path("realmRoles")));
    }

    private static Map<String, String> passwordPolicy() {
        Map<String, String> policy = new HashMap<>();
        for (String part : REALM.path("passwordPolicy").asText().split(" and ")) {
            int open = part.indexOf('(');
            policy.put(open < 0 ? part.trim() : part.substring(0, open).trim(),
                    open < 0 ? "" : part.substring(open + 1, part.lastIndexOf(')')));
        }
        return policy;
    }

    private static JsonNode flow(String alias) {
        for (JsonNode flow : REALM.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("No authentication flow " + alias);
    }

    private static List<JsonNode> executions(JsonNode flow) {
        List<JsonNode> all = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(all::add);
        all.sort((a, b) -> Integer.compare(a.path("priority").asInt(), b.path("priority").asInt()));
        return all;
    }

    private static JsonNode requiredAction(String alias) {
        for (JsonNode action : REALM.path("requiredActions")) {
            if (action.path("alias").asText().equals(alias)) {
                return action;
            }
        }
        throw new AssertionError("No required action " + alias);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
