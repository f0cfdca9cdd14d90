package nl.pestprotocol.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.SecurityHeadersCheck;
import nl.pestprotocol.support.Tokens;

/**
 * Slow and idle connections are closed after seconds (spec §12 "Hardening"), with short limits set for
 * this class: 2 s for a request's line and headers, 3 s for its body, 3 s idle between requests.
 */
@QuarkusTest
class HttpTimeoutsTest extends ApiTest {

    @BeforeAll
    static void shortLimits() {
        ShortTestTimeouts.set(2_000, 3_000, 3_000);
    }

    @AfterAll
    static void configuredLimits() {
        ShortTestTimeouts.clear();
    }

    private static final int SLOW_CLIENTS = 100;

    @Test
    void withAHundredClientsSendingHeadersAByteAtATimeANormalRequestAnswersAtOnceAndTheSlowOnesAreCutOff() throws Exception {
        String head = "GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.of("mentor1") + "\r\n\r\n";
        as("mentor1").get("/api/v1/cases").then().statusCode(200); // warm: the measure below is of the slow clients' effect
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<Slow>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(pool.submit(() -> trickle(head, 100)));
            }
            Thread.sleep(500); // every slow client is connected and trickling

            long before = System.nanoTime();
            as("mentor1").get("/api/v1/cases").then().statusCode(200);
            long normalMillis = (System.nanoTime() - before) / 1_000_000;
            assertTrue(normalMillis < 1500, "a normal request answered after " + normalMillis + " ms");

            for (Future<Slow> f : slow) {
                Slow s = f.get(20, TimeUnit.SECONDS);
                assertTrue(s.closed(), "a slow client is cut off");
                assertTrue(s.afterMillis() >= 1800 && s.afterMillis() < 8000, "cut off after " + s.afterMillis() + " ms");
                assertEquals(408, s.status(), s.answer());
            }
            long allMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(allMillis < 10_000, "all slow clients were cut off after " + allMillis + " ms");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlowRequestHeadAnswers408ProblemJsonAndCloses() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /api/v1/cases HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.ISO_8859_1));
            String answer = readAll(socket.getInputStream());
            assertAnswered408(answer);
        }
    }

    /** Five at once, so a connection that missed the strict layer (once the case for all until a routed request) shows. */
    @Test
    void everyConnectionThatSendsNothingIsCutOffAfterTheHeaderTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<long[]>> silent = new ArrayList<>();
            List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 5; i++) {
                silent.add(pool.submit(() -> {
                    try (Socket socket = connect()) {
                        long start = System.nanoTime();
                        answers.add(readAll(socket.getInputStream()));
                        return new long[] { (System.nanoTime() - start) / 1_000_000 };
                    }
                }));
            }
            for (Future<long[]> f : silent) {
                long millis = f.get(20, TimeUnit.SECONDS)[0];
                assertTrue(millis >= 1800 && millis < 6000, "closed after " + millis + " ms");
            }
            for (String answer : answers) {
                assertAnswered408(answer);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBodyThatDoesNotArriveAnswers408AndNothingIsWritten() throws Exception {
        long cases = RestAssured.given().auth().oauth2(Tokens.of("mentor1")).get("/api/v1/cases").then().extract().jsonPath()
                .getList("items").size();
        String token = Tokens.of("mentor1"); // before connecting: the header time counts from the connection's start
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"summary\":").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long start = System.nanoTime();
            String answer = readAll(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 2800 && millis < 7000, "cut off after " + millis + " ms");
            assertAnswered408(answer);
        }
        assertEquals(cases, RestAssured.given().auth().oauth2(Tokens.of("mentor1")).get("/api/v1/cases").then().extract().jsonPath()
                .getList("items").size());
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeAndAnsweredRequestsAreNotCutOff() throws Exception {
        // the token first: the header time counts from the connection's start
        String request = "GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.of("mentor1") + "\r\n\r\n";
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String head = readResponseHead(in);
                assertTrue(head.startsWith("HTTP/1.1 200"), "kept alive, answered: " + head);
                if (i < 2) {
                    Thread.sleep(1500); // shorter than the idle time: the connection stays
                }
            }
            long start = System.nanoTime();
            socket.setSoTimeout(10_000);
            int next = in.read();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-1, next, "closed without an answer: nothing was asked");
            assertTrue(millis >= 2500 && millis < 6000, "closed after " + millis + " ms of idleness");
        }
    }

    private record Slow(boolean closed, long afterMillis, int status, String answer) {
    }

    /** Sends {@code head} a byte every {@code everyMillis} until the server answers or closes. */
    private static Slow trickle(String head, long everyMillis) throws IOException {
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(1);
            byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < bytes.length && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15); i++) {
                try {
                    out.write(bytes[i]);
                    out.flush();
                } catch (IOException e) {
                    break; // closed by the server
                }
                try {
                    int b = in.read();
                    if (b == -1) {
                        break;
                    }
                    answer.append((char) b);
                    break; // the server answers: read the rest below
                } catch (SocketTimeoutException e) {
                    // nothing yet
                }
                sleep(everyMillis);
            }
            socket.setSoTimeout(10_000);
            try {
                answer.append(readAll(in));
            } catch (IOException e) {
                // reset after the answer
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            String text = answer.toString();
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Slow(true, millis, status, text);
        }
    }

    private static void assertAnswered408(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        int split = answer.indexOf("\r\n\r\n");
        String headers = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        String body = answer.substring(split + 4);
        assertTrue(headers.contains("connection: close"), headers);
        ProblemContract.assertProblem(408, "application/problem+json", body);
        Map<String, String> h = new java.util.HashMap<>();
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                h.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        SecurityHeadersCheck.check("/api/v1/cases", 408, name -> h.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static String readResponseHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("closed: " + head);
            }
            head.append((char) b);
        }
        String text = head.toString();
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
        if (text.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
            skipChunks(in); // a long list is sent in chunks: read them all, so the next answer's head comes next
        }
        return text;
    }

    private static void skipChunks(InputStream in) throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            while (!line.toString().endsWith("\r\n")) {
                int b = in.read();
                if (b == -1) {
                    throw new IOException("closed inside a chunked body");
                }
                line.append((char) b);
            }
            int size = Integer.parseInt(line.toString().trim().split(";")[0], 16);
            in.readNBytes(size + 2); // the chunk and its CRLF (after the last, empty chunk: the final CRLF)
            if (size == 0) {
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
