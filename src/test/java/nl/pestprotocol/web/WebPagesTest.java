package nl.pestprotocol.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.Tokens;

/** The web pages over plain HTTP: sign-in, headers, CSRF, the public form reaching the report service. */
@QuarkusTest
class WebPagesTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([^<]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"receipt-secret\">([^<]+)<");

    @Inject
    DataSource dataSource;

    @Test
    void theDeskSendsABrowserToTheKeycloakLoginWithTheCodeFlowOfTheWebClient() {
        String location = given().redirects().follow(false).get("/desk/statistieken")
                .then().statusCode(302).extract().header("Location");
        assertTrue(location.startsWith(Tokens.realmUrl() + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("response_type=code"), location);
        assertTrue(location.contains("client_id=pestprotocol-web"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
    }

    @Test
    @InvalidRequestsOnPurpose("no token at all: the API must answer 401, not send the browser to a login page")
    void theApiStaysBearerOnlyAndNeverRedirectsToALoginPage() {
        given().redirects().follow(false).get("/api/v1/worklist").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aTokenOfTheApiOpensNoPageAndTheDeskSessionCookieIsNeeded() {
        // a bearer token is not a web session: the desk still asks for the browser login
        given().redirects().follow(false).auth().oauth2(Tokens.of("aps1")).get("/desk/statistieken")
                .then().statusCode(302).header("Location", startsWith(Tokens.realmUrl()));
    }

    @Test
    void pagesHaveAStrictPolicyWithoutInlineScriptAndAreNeverCached() {
        for (String path : new String[] { "/melden", "/melden/status", "/web/app.css", "/webjars/echarts/5.3.1/dist/echarts.min.js" }) {
            Response r = given().get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
                    path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals("no-store", r.header("Cache-Control"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
        }
        // the desk's answers too, even the redirect to the login page; and the API keeps its own, stricter policy
        Response login = given().redirects().follow(false).get("/desk/werklijst");
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Content-Security-Policy").startsWith("default-src 'self'"), login.header("Content-Security-Policy"));
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                given().get("/api/v1/external-help").header("Content-Security-Policy"));
        String page = given().get("/melden").asString();
        assertFalse(Pattern.compile("<script>|<script [^>]*>[^<]|\\son[a-z]+=\"").matcher(page).find(), "no inline script or handler");
    }

    @Test
    void aReportFromThePublicFormReachesTheReportServiceAndItsReceiptShowsTheStatus() {
        Response form = given().get("/melden");
        String csrf = token(form.asString());
        String receipt = given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("reporterType", "OUDER").formParam("forms", "VERBAAL")
                .formParam("forms", "DIGITAAL").formParam("description", "Mijn dochter wordt in de groepsapp uitgescholden.")
                .formParam("about", "Klasgenoten").post("/melden").then().statusCode(201).extract().asString();
        String code = group(CODE, receipt);
        String secret = group(SECRET, receipt);
        anonymous().header("Report-Secret", secret).get("/api/v1/reports/" + code).then().statusCode(200)
                .body("status", equalTo("ONTVANGEN"));
        // and through the status page, the secret in the body
        given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("code", code).formParam("secret", secret).post("/melden/status")
                .then().statusCode(200).body(containsString("Ontvangen")).body(containsString("Kindertelefoon"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenOfTheBrowsersCookieIsRefused() {
        Response form = given().get("/melden");
        given().contentType("application/x-www-form-urlencoded").formParam("csrf", token(form.asString()))
                .formParam("reporterType", "LEERLING").formParam("description", "Zonder cookie").post("/melden")
                .then().statusCode(403).body(not(containsString("receipt-code")));
        given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("reporterType", "LEERLING").formParam("description", "Zonder token").post("/melden")
                .then().statusCode(403).body(not(containsString("receipt-code")));
    }

    @Test
    void theStatusPageTellsNothingWithAWrongSecretOrAnUnknownCode() {
        Response form = given().get("/melden");
        String csrf = token(form.asString());
        String receipt = given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("reporterType", "LEERLING").formParam("description", "Ze pakken mijn spullen af.")
                .post("/melden").then().statusCode(201).extract().asString();
        String wrongSecret = lookup(form, csrf, group(CODE, receipt), "AAAAAAAAAAAAAAAAAAAAAAAA");
        String unknownCode = lookup(form, csrf, "ZZZZ-ZZZZ-ZZZZ", "AAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(wrongSecret, unknownCode);
        assertFalse(wrongSecret.contains("Ontvangen"));
    }

    @Test
    void whatTheReporterTypedIsShownBackEscapedNeverAsMarkup() {
        Response form = given().get("/melden");
        String page = given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", token(form.asString())).formParam("description", "<script>alert(1)</script>")
                .formParam("about", "\"><img src=x onerror=alert(2)>").post("/melden") // no reporterType: shown again
                .then().statusCode(422).extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert") || page.contains("<img src=x"), page);
    }

    @Test
    void theFormAndTheApiShareOneLimitPerAddressAndOverItTheFormSaysSoInDutchAndStoresNothing() throws Exception {
        Response form = given().get("/melden");
        String cookie = form.cookie(Csrf.COOKIE);
        String csrf = token(form.asString());
        // from a fresh address: a report through the form counts against the API's quota, and the other way round
        RawHttp.Response first = postFormFrom("127.0.0.33", cookie, csrf, "Eerst via het formulier");
        assertEquals(201, first.status(), first.body());
        assertTrue(first.header("RateLimit").startsWith("\"reports\";r=29;t="), first.header("RateLimit"));
        RawHttp.Response then = postJsonFrom("127.0.0.33", "Dan via de API");
        assertEquals(201, then.status(), then.body());
        assertTrue(then.header("RateLimit").startsWith("\"reports\";r=28;t="), then.header("RateLimit"));

        String client = "127.0.0.32";
        for (int i = 1; i <= 30; i++) {
            assertEquals(201, postJsonFrom(client, "API-melding " + i).status());
        }
        long before = reportRows();
        RawHttp.Response refused = postFormFrom(client, cookie, csrf, "Te veel via het formulier");

        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.body().contains(ReportPages.TOO_MANY), refused.body());
        assertTrue(refused.body().contains("Te veel via het formulier"), "what was typed is kept to send again");
        assertFalse(refused.body().contains("receipt-code") || refused.body().contains("Exception")
                || refused.body().contains("at nl.pestprotocol"), refused.body());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        assertEquals("no-store", refused.header("Cache-Control"), "the page keeps the pages' headers");
        assertEquals(before, reportRows(), "nothing stored");
    }

    private RawHttp.Response postFormFrom(String address, String cookie, String csrf, String description) throws IOException {
        byte[] form = ("csrf=" + enc(csrf) + "&reporterType=LEERLING&description=" + enc(description)).getBytes(StandardCharsets.UTF_8);
        return RawHttp.sendFrom(address, "POST /melden HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Cookie: " + Csrf.COOKIE + "=" + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.length + "\r\nConnection: close", form);
    }

    private static RawHttp.Response postJsonFrom(String address, String description) throws IOException {
        byte[] json = ("{\"reporterType\":\"OUDER\",\"description\":\"" + description + "\"}").getBytes(StandardCharsets.UTF_8);
        return RawHttp.sendFrom(address, "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.length + "\r\nConnection: close", json);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long reportRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from report");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void thePagesAreNotInTheApiContract() {
        String contract = given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        assertFalse(contract.contains("/desk") || contract.contains("/melden"));
    }

    private String lookup(Response form, String csrf, String code, String secret) {
        return given().cookie(Csrf.COOKIE, form.cookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("code", code).formParam("secret", secret).post("/melden/status")
                .then().statusCode(404).extract().asString();
    }

    private static String token(String page) {
        return group(CSRF, page);
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), () -> p + " not in " + text);
        return m.group(1);
    }
}
