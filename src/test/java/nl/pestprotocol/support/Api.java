package nl.pestprotocol.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a demo user of the realm, with a real token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asIntegrator() {
        return given().auth().oauth2(Tokens.integrator()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Without a token, to an operation the contract offers without an account (the desk's public operations). */
    public static RequestSpecification publicly() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Without a token: outside the contract (every operation needs a bearer token), so only the response is checked. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).filter(ContractValidation.INVALID_REQUEST_ON_PURPOSE);
    }
}
