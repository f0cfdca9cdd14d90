package nl.pestprotocol.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test sends requests outside the contract on purpose (a wrong type, a missing property, a value out
 * of range, no token …) to prove how the service refuses them. Its requests are not validated against
 * openapi/openapi.yaml; its responses still are. Say why in {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface InvalidRequestsOnPurpose {

    /** What is invalid about the requests, and why the test sends them. */
    String value();
}
