package nl.pestprotocol.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on loopback, as an integrator would write one: it checks every request's
 * Standard Webhooks signature with its own HMAC-SHA256 code (not the library the service signs with)
 * against the secrets it was given, and answers what the test scripts. Until {@link #start} it is
 * down: its port refuses connections.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received, and what was answered. */
    public record Received(String webhookId, long timestamp, List<String> signatures, String body, Map<String, Object> event,
            int answered, long receivedAtMillis, List<String> verifiedWith) {

        public boolean succeeded() {
            return answered >= 200 && answered < 300;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> data() {
            return (Map<String, Object>) event.get("data");
        }
    }

    /** What to answer: a status and extra headers. */
    public record Answer(int status, Map<String, String> headers) {
        public static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    public final int port;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> script = r -> Answer.of(204);
    private HttpServer server;

    public WebhookReceiver() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to subscribe: {@code localhost} is on the test configuration's allow-list, {@code 127.0.0.1} is not. */
    public String url() {
        return "http://localhost:" + port + "/hooks/pestprotocol";
    }

    /** A secret the receiver accepts signatures of (named by the name the test gives it). */
    public WebhookReceiver trust(String secret) {
        secrets.add(secret);
        return this;
    }

    public void distrust(String secret) {
        secrets.remove(secret);
    }

    public WebhookReceiver answering(Function<Received, Answer> script) {
        this.script = script;
        return this;
    }

    public synchronized WebhookReceiver start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/pestprotocol", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public List<Received> successes() {
        return received.stream().filter(Received::succeeded).toList();
    }

    @SuppressWarnings("unchecked")
    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String sigHeader = exchange.getRequestHeaders().getFirst("webhook-signature");
        List<String> signatures = sigHeader == null ? List.of() : List.of(sigHeader.split(" "));
        List<String> verifiedWith = new ArrayList<>();
        for (String secret : secrets) {
            String expected = "v1," + hmac(secret, id + "." + ts + "." + body);
            for (String given : signatures) {
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
                    verifiedWith.add(secret);
                }
            }
        }
        Map<String, Object> event = JSON.readValue(body, Map.class);
        Received r = new Received(id, ts == null ? -1 : Long.parseLong(ts), signatures, body, event, 0, System.currentTimeMillis(),
                verifiedWith);
        // an unsigned or wrongly signed request is refused, as a real receiver would
        Answer answer = verifiedWith.isEmpty() ? Answer.of(401) : script.apply(r);
        received.add(new Received(id, r.timestamp(), signatures, body, event, answer.status(), r.receivedAtMillis(), verifiedWith));
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    /** Standard Webhooks 1.0: base64 HMAC-SHA256 under the base64-decoded part of the secret after {@code whsec_}. */
    static String hmac(String secret, String signedContent) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signedContent.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
