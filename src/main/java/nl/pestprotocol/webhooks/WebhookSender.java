package nl.pestprotocol.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.common.PestprotocolConfig;

/** Sends one signed delivery: POST, timeouts on connect and answer, redirects never followed, response body ignored. */
@ApplicationScoped
public class WebhookSender {

    /** What came back: an HTTP status, or why none did. */
    record Answer(Integer status, Optional<String> retryAfter, String error, long durationMs) {
        boolean success() {
            return status != null && status >= 200 && status < 300;
        }
    }

    record Signed(String url, String webhookId, long timestamp, String signature, String body) {
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    public WebhookSender(PestprotocolConfig config) {
        this.requestTimeout = config.webhooks().requestTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(config.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    Answer send(Signed d) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(requestTimeout)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "pestprotocol-webhooks/1")
                .header("webhook-id", d.webhookId())
                .header("webhook-timestamp", Long.toString(d.timestamp()))
                .header("webhook-signature", d.signature())
                .POST(HttpRequest.BodyPublishers.ofString(d.body())).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After"), null, millisSince(start));
        } catch (HttpConnectTimeoutException e) {
            return new Answer(null, Optional.empty(), "connect-timeout", millisSince(start));
        } catch (HttpTimeoutException e) {
            return new Answer(null, Optional.empty(), "timeout", millisSince(start));
        } catch (IOException e) {
            return new Answer(null, Optional.empty(), "connection-failed", millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, Optional.empty(), "interrupted", millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
