package nl.pestprotocol.smoke;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;

@QuarkusTest
class ServiceStartsTest extends ApiTest {

    @Test
    void aMentorListsTheGroupsSeededForTheDemoRealm() {
        as("mentor1").get("/api/v1/groups").then().statusCode(200).body("find { it.code == '1A' }.mentors[0].username",
                equalTo("mentor1")).header("API-Version", equalTo("1.0.0")).header("X-Request-Id", notNullValue());
    }
}
