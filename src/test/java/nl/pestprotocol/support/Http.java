package nl.pestprotocol.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.restassured.RestAssured;

/** A plain HTTP client for tests that send many requests at once (REST Assured is not made for that). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code headers} is empty when there was no answer. */
    public record Result(int status, String body, Duration took, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final java.net.http.HttpHeaders NO_HEADERS = java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);

    /** An answer as it came, with its headers (the contract oracle checks them too). */
    public record RawResult(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {
    }

    /** Sends exactly these bytes with exactly this content type, which REST Assured would try to be helpful about. */
    public static RawResult sendRaw(String method, String pathAndQuery, String token, java.util.Map<String, String> headers,
            String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (!headers.containsKey("Accept")) {
            b.header("Accept", "application/json");
        }
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new RawResult(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers().map());
    }

    private Http() {
    }

    public static Result send(String method, String path, String token, String ifMatch, String json) {
        return sendWith(method, path, token, ifMatch == null ? java.util.Map.of() : java.util.Map.of("If-Match", ifMatch), json);
    }

    /** As above, with any request headers (e.g. Idempotency-Key). */
    public static Result sendWith(String method, String path, String token, java.util.Map<String, String> headers,
            String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        headers.forEach(b::header);
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(r.statusCode(), r.body(), Duration.ofNanos(System.nanoTime() - start), r.headers());
        } catch (IOException e) {
            return new Result(-1, e.toString(), Duration.ofNanos(System.nanoTime() - start), NO_HEADERS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted", Duration.ofNanos(System.nanoTime() - start), NO_HEADERS);
        }
    }

    /** Runs the calls at the same moment, one thread each, and answers their results in the order given. */
    public static List<Result> atOnce(List<java.util.function.Supplier<Result>> calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Result>> futures = new java.util.ArrayList<>();
        for (java.util.function.Supplier<Result> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        start.countDown();
        List<Result> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Result> f : futures) {
            results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }
}
