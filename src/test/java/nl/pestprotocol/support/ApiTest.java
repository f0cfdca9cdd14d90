package nl.pestprotocol.support;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.BeforeAll;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Base of the REST tests: real PostgreSQL and Keycloak (once per run), real tokens, and a check on
 * every response of ours that a 4xx/5xx is problem+json.
 */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
public abstract class ApiTest {

    @BeforeAll
    static void installProblemCheck() {
        RestAssured.filters(ProblemContract.FILTER);
    }

    protected static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    protected static RequestSpecification asIntegrator() {
        return given().auth().oauth2(Tokens.integrator()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    protected static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
