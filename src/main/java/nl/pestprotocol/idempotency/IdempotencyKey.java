package nl.pestprotocol.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.pestprotocol.common.OpenApiIdempotency;

/**
 * The value of an {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header). The
 * draft makes it a structured-field string, {@code "…"}; most clients send it bare, so both are taken
 * and mean the same key. Its characters are bounded so a key can be stored, logged and compared as is.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = OpenApiIdempotency.HEADER;
    public static final int MAX_LENGTH = OpenApiIdempotency.MAX_LENGTH;
    /** The syntax the contract declares. */
    private static final Pattern VALID = Pattern.compile(OpenApiIdempotency.SYNTAX);

    /** Empty without the header; a reason when it is not one valid key. */
    public static Optional<IdempotencyKey> parse(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return Optional.empty();
        }
        if (headerValues.size() > 1 || headerValues.get(0).contains(",")) {
            throw new Invalid("must be sent once, with one key");
        }
        String raw = headerValues.get(0).strip();
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        if (!VALID.matcher(raw).matches()) {
            throw new Invalid("must be 1 to " + MAX_LENGTH + " letters, digits or ._~:+/=- (a UUID is a good key),"
                    + " optionally in double quotes");
        }
        return Optional.of(new IdempotencyKey(raw));
    }

    /** The header is present but not a valid key; {@code getMessage()} says why. */
    public static final class Invalid extends RuntimeException {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }
}
