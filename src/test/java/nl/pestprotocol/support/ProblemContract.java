package nl.pestprotocol.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.restassured.filter.Filter;
import io.restassured.response.Response;

/**
 * Every error response of the service, in every test, must be RFC 9457 problem+json with status,
 * title and detail, and must not show internals.
 */
public final class ProblemContract {

    public static final AtomicInteger CHECKED = new AtomicInteger();
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(\\bat [a-z]+\\.[a-z]+.*\\(|java\\.|jakarta\\.|org\\.hibernate|io\\.quarkus|nl\\.pestprotocol|SQLState|select .* from|Exception\\b)");

    public static final Filter FILTER = (request, response, ctx) -> {
        Response r = ctx.next(request, response);
        if (request.getURI().contains("/api/v1/") && r.statusCode() >= 400) {
            assertProblem(r);
        }
        return r;
    };

    private ProblemContract() {
    }

    public static void assertProblem(Response r) {
        assertProblem(r.statusCode(), r.contentType(), r.asString());
    }

    public static void assertProblem(int status, String contentType, String body) {
        assertTrue(contentType != null && contentType.startsWith("application/problem+json"),
                () -> "error " + status + " is not problem+json: " + contentType + " " + body);
        Map<String, Object> problem = io.restassured.path.json.JsonPath.from(body).getMap("");
        assertEquals(status, problem.get("status"), body);
        assertNotNull(problem.get("title"), body);
        assertNotNull(problem.get("detail"), body);
        assertNotNull(problem.get("type"), body);
        assertFalse(INTERNALS.matcher(body).find(), () -> "problem shows internals: " + body);
        CHECKED.incrementAndGet();
    }
}
