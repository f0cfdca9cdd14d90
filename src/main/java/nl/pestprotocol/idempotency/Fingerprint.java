package nl.pestprotocol.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for a key: method, path with query, and the body's
 * exact bytes. A retry sends the same bytes; another body, another case's path or another
 * operation under the same key is a client bug the service refuses (422).
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String method, String pathAndQuery, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(method.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
