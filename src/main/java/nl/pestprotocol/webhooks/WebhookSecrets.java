package nl.pestprotocol.webhooks;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Secrets and signatures of Standard Webhooks 1.0, signed with the reference library
 * ({@code com.standardwebhooks:standardwebhooks}): {@code v1,} base64 HMAC-SHA256 of
 * {@code id.timestamp.body} under the base64-decoded secret. During a rotation's overlap both secrets
 * sign, space-separated, so a receiver that still knows only the old one keeps verifying.
 */
final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for a delivery of {@code subscription} at {@code now}. */
    static String signature(WebhookSubscription subscription, String webhookId, long timestamp, String body, Instant now) {
        List<String> signatures = new ArrayList<>();
        signatures.add(sign(subscription.secret, webhookId, timestamp, body));
        if (subscription.previousSecret != null && subscription.previousSecretUntil != null
                && now.isBefore(subscription.previousSecretUntil)) {
            signatures.add(sign(subscription.previousSecret, webhookId, timestamp, body));
        }
        return String.join(" ", signatures);
    }

    static String sign(String secret, String webhookId, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(webhookId, timestamp, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("A stored webhook secret cannot sign", e);
        }
    }
}
