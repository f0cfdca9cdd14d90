package nl.pestprotocol.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again (spec §11): after the n-th failure wait the n-th delay of the
 * schedule (about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), then give up. A {@code Retry-After} of a
 * 429 or 503 answer is honoured: the next attempt is not before it (capped at one day).
 */
public final class RetryPolicy {

    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final List<Duration> delays;

    public RetryPolicy(List<Duration> delays) {
        this.delays = List.copyOf(delays);
    }

    /** The next attempt after {@code failedAttempts} failures, or empty when the delivery is given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now, Optional<Duration> retryAfter) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        Duration wait = delays.get(failedAttempts - 1);
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return Optional.of(now.plus(wait));
    }

    /** A {@code Retry-After} value: delay-seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(MAX_RETRY_AFTER);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
