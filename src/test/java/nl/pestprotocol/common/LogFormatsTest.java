package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.ratelimit.LowTestLimits;
import nl.pestprotocol.support.ApiTest;

/**
 * Logs are plain text (the console format of application.properties) or, switched on by
 * {@code quarkus.log.console.json.enabled}, JSON from quarkus-logging-json; in either format a line
 * written while answering a request carries that request's X-Request-Id. A line the service logs
 * for a request (a rate-limit refusal) is formatted both ways as it is written.
 */
@QuarkusTest
class LogFormatsTest extends ApiTest {

    private static final String LOGGER = "nl.pestprotocol.ratelimit.RateLimiter";

    @AfterEach
    void defaultLimits() {
        LowTestLimits.clear();
    }

    @Test
    void plainTextIsTheDefaultAndJsonIsOneSettingAway() {
        assertEquals(Boolean.FALSE, ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class));
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class).contains("%X{requestId}"));
    }

    @Test
    void aLineLoggedWhileAnsweringARequestCarriesItsRequestIdAsPlainTextAndAsJson() throws Exception {
        List<String> plain = new CopyOnWriteArrayList<>();
        List<String> json = new CopyOnWriteArrayList<>();
        Handler plainHandler = capture(new PatternFormatter(
                ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class)), plain);
        Handler jsonHandler = capture(new JsonFormatter(), json);
        Logger logger = Logger.getLogger(LOGGER);
        logger.addHandler(plainHandler);
        logger.addHandler(jsonHandler);
        String requestId;
        try {
            requestId = refusedRequestId();
        } finally {
            logger.removeHandler(plainHandler);
            logger.removeHandler(jsonHandler);
        }

        assertFalse(plain.isEmpty(), "the refusal was logged");
        String line = plain.stream().filter(l -> l.contains("Rate limit")).reduce((a, b) -> b).orElseThrow();
        assertTrue(line.contains("[" + requestId + "]"), line);
        JsonNode node = new ObjectMapper().readTree(json.stream().filter(l -> l.contains("Rate limit")).reduce((a, b) -> b)
                .orElseThrow());
        assertEquals(requestId, node.at("/mdc/requestId").asText(), node.toString());
        assertEquals(LOGGER, node.path("loggerName").asText());
        assertTrue(node.path("message").asText().startsWith("Rate limit subject reached"), node.toString());
    }

    /** oc1 may send one request in this test; answers the request id of the first refused one. */
    private static String refusedRequestId() {
        LowTestLimits.limit("oc1", 1, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            String id = "log-" + UUID.randomUUID();
            if (as("oc1").header(HttpConventions.REQUEST_ID, id).get("/api/v1/groups").statusCode() == 429) {
                return id;
            }
        }
        throw new AssertionError("oc1 was never refused");
    }

    private static Handler capture(Formatter formatter, List<String> lines) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setFormatter(formatter);
        return handler;
    }
}
