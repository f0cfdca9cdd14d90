package nl.pestprotocol.ratelimit;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.TestClock;

/**
 * Rate limits through HTTP (spec §12): per token subject, integrator clients by client id, and named
 * limits by client address. Each test lowers the limit of its own subject for its own length only
 * ({@link LowTestLimits}): the rest of the suite runs with a limit far out of its way.
 */
@QuarkusTest
class RateLimitTest extends ApiTest {

    @AfterEach
    void defaultLimitsAndRealTime() {
        LowTestLimits.clear();
        TestClock.reset();
    }

    @Test
    void aUserOverItsLimitIsAnswered429ProblemWithRetryAfterAndRateLimitHeadersWhileOthersGoOn() {
        LowTestLimits.limit("mentor2", 5, Duration.ofMinutes(1));
        for (int i = 1; i <= 5; i++) {
            as("mentor2").get("/api/v1/groups").then().statusCode(200)
                    .header("RateLimit-Policy", "\"subject\";q=5;w=60")
                    .header("RateLimit", startsWith("\"subject\";r=" + (5 - i) + ";t="));
        }

        Response refused = as("mentor2").get("/api/v1/groups");

        refused.then().statusCode(429).contentType(startsWith("application/problem+json")).body("status", equalTo(429))
                .body("type", endsWith("too-many-requests")).header("RateLimit-Policy", "\"subject\";q=5;w=60")
                .header("RateLimit", startsWith("\"subject\";r=0;t="));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " is within the window");
        // another user, and another role's user, still have their own, default limit
        as("mentor1").get("/api/v1/groups").then().statusCode(200).header("RateLimit-Policy", "\"subject\";q=1000000;w=60");
        as("lc1").get("/api/v1/groups").then().statusCode(200);
    }

    @Test
    void anIntegratorClientIsLimitedByItsClientIdAndIsWholeAgainAfterTheWindow() {
        LowTestLimits.limit("sis-integrator", 3, Duration.ofSeconds(30));
        for (int i = 1; i <= 3; i++) {
            asIntegrator().get("/api/v1/groups").then().statusCode(200).header("RateLimit-Policy", "\"subject\";q=3;w=30");
        }
        Response refused = asIntegrator().get("/api/v1/groups");
        refused.then().statusCode(429);
        assertTrue(Integer.parseInt(refused.header("Retry-After")) <= 30);

        TestClock.shift(Duration.ofSeconds(31));

        asIntegrator().get("/api/v1/groups").then().statusCode(200).header("RateLimit", startsWith("\"subject\";r=2;t="));
    }

    @Test
    void aNamedLimitCountsEachClientAddressOnItsOwn() throws Exception {
        String request = "POST /api/v1/named-limit-probe HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Content-Length: 0\r\nConnection: close";
        for (int i = 1; i <= 3; i++) {
            RawHttp.Response allowed = RawHttp.sendFrom("127.0.0.3", request, new byte[0]);
            assertEquals(202, allowed.status(), allowed.body());
            assertEquals("\"probe\";q=3;w=60", allowed.header("RateLimit-Policy"));
            assertTrue(allowed.header("RateLimit").startsWith("\"probe\";r=" + (3 - i) + ";t="), allowed.header("RateLimit"));
        }

        RawHttp.Response refused = RawHttp.sendFrom("127.0.0.3", request, new byte[0]);

        assertEquals(429, refused.status());
        ProblemContract.assertProblem(refused.status(), refused.contentType(), refused.body());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        assertTrue(refused.header("RateLimit").startsWith("\"probe\";r=0;t="), refused.header("RateLimit"));
        assertEquals(202, RawHttp.sendFrom("127.0.0.4", request, new byte[0]).status(), "another address has its own quota");
    }
}
