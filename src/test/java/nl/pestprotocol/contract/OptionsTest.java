package nl.pestprotocol.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;

/**
 * OPTIONS is not offered: an automatic answer advertised methods a path does not have (PATCH on a list
 * that answers it with 404). The contract lists every operation; OPTIONS says so instead of guessing.
 */
@QuarkusTest
@InvalidRequestsOnPurpose("OPTIONS is no operation of the contract")
class OptionsTest extends ApiTest {

    @Test
    void optionsIsNotOfferedAndAdvertisesNoMethod() {
        CaseJourney journey = CaseJourney.open();
        for (String path : new String[] { "/api/v1/cases", "/api/v1/cases/" + journey.id, "/api/v1/cases/" + journey.id + "/agreements",
                "/api/v1/cases/" + journey.id + "/transitions", "/api/v1/students" }) {
            as("mentor1").options(path).then().statusCode(501).contentType("application/problem+json")
                    .header("Allow", nullValue()).header("API-Version", equalTo("1.0.0"));
        }
    }

    @Test
    void withoutATokenOptionsIsNotOfferedEither() {
        anonymous().options("/api/v1/cases").then().statusCode(501).header("Allow", nullValue());
    }
}
