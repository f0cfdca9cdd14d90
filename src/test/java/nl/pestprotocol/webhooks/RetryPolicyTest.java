package nl.pestprotocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private final RetryPolicy spec = new RetryPolicy(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));

    @Test
    void theDelaysGrowAlongTheScheduleOfSection11AndTheEighthFailureGivesUp() {
        List<Duration> expected = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
        for (int failures = 1; failures <= 7; failures++) {
            assertEquals(Optional.of(NOW.plus(expected.get(failures - 1))), spec.nextAttempt(failures, NOW, Optional.empty()));
        }
        assertEquals(Optional.empty(), spec.nextAttempt(8, NOW, Optional.empty()));
    }

    @Test
    void aLongerRetryAfterWinsAShorterOneDoesNotShortenTheScheduleAndADayIsTheCap() {
        assertEquals(Optional.of(NOW.plusSeconds(120)), spec.nextAttempt(1, NOW, Optional.of(Duration.ofSeconds(120))));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), spec.nextAttempt(2, NOW, Optional.of(Duration.ofSeconds(1))));
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), spec.nextAttempt(1, NOW, Optional.of(Duration.ofDays(30))));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryPolicy.parseRetryAfter("30", NOW));
        assertEquals(Optional.of(Duration.ofMinutes(1)), RetryPolicy.parseRetryAfter("Mon, 02 Nov 2026 10:01:00 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Mon, 02 Nov 2026 09:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, NOW));
    }
}
