package nl.pestprotocol.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.LogFiles;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.SecurityHeadersCheck;
import nl.pestprotocol.support.Tokens;

/**
 * The HTTP server refuses what it cannot frame unambiguously (spec §12 "Hardening"), with a problem,
 * one access-log line and no stack trace, and closes the connection so nothing after it is served.
 */
@QuarkusTest
class HttpFramingTest extends ApiTest {

    @Test
    void contentLengthWithTransferEncodingAnswers400ClosesAndNeverServesTheBytesAfterIt() throws Exception {
        CaseJourney journey = CaseJourney.open();
        String token = Tokens.of("mentor1");
        // the back half of request smuggling: a proxy reading Content-Length sees one request, a server
        // reading the chunks sees a second one (here: a read of the case) hidden in the first one's body
        String smuggled = "GET /api/v1/cases/" + journey.id + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        String body = "0\r\n\r\n" + smuggled;
        for (String head : List.of(
                "POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nTransfer-Encoding: chunked",
                "POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nContent-Length: 5")) {
            RawHttp.Response r = RawHttp.send(head, body.getBytes(StandardCharsets.ISO_8859_1));
            assertRefused(400, "ambiguous-framing", r);
        }
    }

    @Test
    void aMalformedChunkSizeAnswers400OnceLoggedAsOneClientErrorLineWithoutAStackTrace() throws Exception {
        for (String chunks : List.of("zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}xxxx\r\n0\r\n\r\n", "-5\r\n{}\r\n0\r\n\r\n",
                "80000000\r\n{}\r\n0\r\n\r\n")) {
            String clientId = "framing-" + UUID.randomUUID();
            LogFiles.Mark mark = LogFiles.mark();
            RawHttp.Response r = RawHttp.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.of("mentor1") + "\r\nContent-Type: application/json\r\nX-Request-Id: " + clientId
                    + "\r\nTransfer-Encoding: chunked", chunks.getBytes(StandardCharsets.ISO_8859_1));
            assertRefused(400, "malformed-chunk", r);
            assertLoggedOnceAsClientError(mark, r, clientId, 400, "malformed-chunk");
        }
    }

    @Test
    void aChunkDeclaredLargerThanTheBodyLimitAnswers413AtOnce() throws Exception {
        String clientId = "framing-" + UUID.randomUUID();
        LogFiles.Mark mark = LogFiles.mark();
        long start = System.nanoTime();
        // 2 GiB - 1 declared, one byte sent: the answer must not wait for the rest
        RawHttp.Response r = RawHttp.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.of("mentor1") + "\r\nContent-Type: application/json\r\nX-Request-Id: " + clientId
                + "\r\nTransfer-Encoding: chunked", "7fffffff\r\n{".getBytes(StandardCharsets.ISO_8859_1));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertRefused(413, "payload-too-large", r);
        assertTrue(millis < 3000, "answered after " + millis + " ms");
        assertLoggedOnceAsClientError(mark, r, clientId, 413, "payload-too-large");

        RawHttp.Response twoMebibytes = RawHttp.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.of("mentor1") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                "200000\r\n{".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(413, "payload-too-large", twoMebibytes);
    }

    @Test
    void aWellFramedChunkedRequestOnTheSameServerStillWorks() throws Exception {
        CaseJourney journey = CaseJourney.open();
        RawHttp.Response r = RawHttp.sendChunks("POST /api/v1/cases/" + journey.id + "/involvements HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.of("mentor1") + "\r\nContent-Type: application/json\r\nConnection: close",
                "{\"studentId\":", "\"" + journey.gepeste + "\",", "\"role\":\"GEPESTE\"}");
        assertEquals(201, r.status(), r.body());
    }

    private static void assertRefused(int status, String type, RawHttp.Response r) {
        assertEquals(status, r.status(), r.body());
        ProblemContract.assertProblem(status, r.contentType(), r.body());
        assertTrue(r.body().contains("/problems/" + type), r.body());
        assertEquals("close", r.header("connection"));
        assertTrue(r.closed(), "the connection is closed after the answer; nothing after it is served");
        SecurityHeadersCheck.assertStrict("/api/v1/cases", r);
    }

    private static void assertLoggedOnceAsClientError(LogFiles.Mark mark, RawHttp.Response r, String clientId, int status,
            String type) {
        String requestId = r.header("x-request-id");
        List<String> access = LogFiles.accessSince(mark);
        List<String> refusal = access.stream().filter(l -> l.contains("request-id=" + requestId)).toList();
        assertEquals(1, refusal.size(), () -> "one access-log line for the refusal: " + access);
        assertTrue(refusal.get(0).contains("\" " + status + " ") && refusal.get(0).contains("refused=" + type), refusal.get(0));
        assertTrue(access.stream().noneMatch(l -> l.contains(clientId)), () -> "no second line (as if answered 200): " + access);
        List<String> application = LogFiles.applicationSince(mark);
        assertTrue(application.stream().noneMatch(l -> l.contains("ERROR") || l.contains("Exception") || l.startsWith("\tat ")),
                () -> "no error or stack trace in the application log: " + application);
    }
}
