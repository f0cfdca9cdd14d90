package nl.pestprotocol.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;

/**
 * Integrators read the contract as a page at /api/v1/docs (Swagger UI), in production too. The page and
 * everything it loads come from the service itself: no CDN, so it works behind a strict egress policy and
 * leaks no visit to a third party.
 */
@QuarkusTest
class ApiDocsTest extends ApiTest {

    private static final String DOCS = "/api/v1/docs";
    private static final Pattern ASSET = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)\\b(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");

    private static Response page() {
        return given().redirects().follow(true).accept("text/html,*/*;q=0.8").get(DOCS + "/");
    }

    @Test
    void theDocsPageLoadsAndEveryAssetItNamesComesFromTheServiceItself() {
        Response page = page();
        assertEquals(200, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("swagger-ui"), "not the Swagger UI page");
        List<String> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertFalse(assets.isEmpty(), "the page names no assets");
        List<String> external = assets.stream().filter(a -> ABSOLUTE_URL.matcher(a).lookingAt()).toList();
        assertEquals(List.of(), external, "assets from elsewhere");
        Set<String> scripts = new LinkedHashSet<>();
        for (String asset : assets) {
            String path = asset.startsWith("/") ? asset : DOCS + "/" + asset;
            Response r = given().accept("*/*").get(path);
            assertEquals(200, r.statusCode(), () -> path + " does not load");
            if (path.endsWith(".js") || path.endsWith(".css")) {
                scripts.add(path);
            }
        }
        assertTrue(scripts.stream().anyMatch(s -> s.endsWith(".js")), "no script of its own: " + assets);
    }

    @Test
    void theDocsShowTheServedContractAndCallNoValidatorOnline() {
        String html = page().asString();
        assertTrue(html.contains("/api/v1/openapi"), "the page does not load the served contract");
        assertFalse(html.contains("validator.swagger.io"), "the page sends the contract to swagger.io's validator");
        // the configuration of the page names no other host either
        Matcher m = ABSOLUTE_URL.matcher(html.replaceAll("(?s)<!--.*?-->", ""));
        List<String> hosts = new ArrayList<>();
        while (m.find()) {
            hosts.add(m.group());
        }
        assertEquals(List.of(), hosts.stream().filter(h -> !h.contains("www.w3.org")).toList());
    }
}
