package nl.pestprotocol.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Base of the REST tests: real PostgreSQL and Keycloak (once per run), real tokens, a check on every
 * response of ours that a 4xx/5xx is problem+json, that every answer of /api/v1 carries the security
 * headers ({@link SecurityHeadersCheck}), and a check of every request and response against
 * the contract in openapi/openapi.yaml ({@link ContractValidation}).
 */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
@ExtendWith(ContractValidation.OptOut.class)
public abstract class ApiTest {

    @BeforeAll
    static void installChecks() {
        // RestAssured keeps its default filters for the whole run: add each check once
        if (!RestAssured.filters().contains(ProblemContract.FILTER)) {
            RestAssured.filters(ProblemContract.FILTER);
        }
        if (!RestAssured.filters().contains(ContractValidation.FILTER)) {
            RestAssured.filters(ContractValidation.FILTER);
        }
        if (!RestAssured.filters().contains(SecurityHeadersCheck.FILTER)) {
            RestAssured.filters(SecurityHeadersCheck.FILTER);
        }
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
