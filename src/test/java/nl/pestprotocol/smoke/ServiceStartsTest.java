package nl.pestprotocol.smoke;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.Pages;

@QuarkusTest
class ServiceStartsTest extends ApiTest {

    @Test
    void aMentorListsTheGroupsSeededForTheDemoRealm() {
        as("mentor1").get("/api/v1/groups").then().statusCode(200).header("API-Version", equalTo("1.0.0"))
                .header("X-Request-Id", notNullValue());
        Map<String, Object> group = Pages.all("mentor1", "/api/v1/groups").stream().filter(g -> g.get("code").equals("1A"))
                .findFirst().orElseThrow();
        assertEquals("mentor1", ((Map<?, ?>) ((List<?>) group.get("mentors")).get(0)).get("username"));
    }
}
