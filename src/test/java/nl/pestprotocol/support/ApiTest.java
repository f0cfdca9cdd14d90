package nl.pestprotocol.support;

import org.junit.jupiter.api.BeforeAll;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
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
        return Api.as(username);
    }

    protected static RequestSpecification asIntegrator() {
        return Api.asIntegrator();
    }

    protected static RequestSpecification anonymous() {
        return Api.anonymous();
    }
}
