package nl.pestprotocol.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests that are not valid HTTP never reach the router: Vert.x refuses them in its codec (414 for
 * a request line over {@code quarkus.http.limits.max-initial-line-length}, 431 for headers over
 * {@code max-header-size}, 400 for a malformed line or header, such as a control character in a
 * value, and, by {@link StrictHttpDecoder}, for {@code Content-Length} together with
 * {@code Transfer-Encoding}). Vert.x hands them to its {@code invalidRequestHandler}, which
 * {@link HttpServerHooks} sets to {@link #answer}: problem+json, the security headers, one access-log
 * line, and the connection closed (nothing after the refused request is read).
 */
@ApplicationScoped
public class InvalidRequests {

    private final ObjectMapper json;
    private final String apiVersion;
    private final SecurityHeaders securityHeaders;
    private final AccessLog accessLog;

    public InvalidRequests(ObjectMapper json, PestprotocolConfig config, SecurityHeaders securityHeaders, AccessLog accessLog) {
        this.json = json;
        this.apiVersion = config.apiVersion();
        this.securityHeaders = securityHeaders;
        this.accessLog = accessLog;
    }

    void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = HttpProblems.of("uri-too-long", "URI Too Long", 414,
                    "The request line (method, path and query) is longer than this server accepts;"
                            + " send fewer or shorter query parameters. Nothing was done.", null);
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = HttpProblems.of("header-fields-too-large", "Request Header Fields Too Large", 431,
                    "The request headers are larger than this server accepts. Nothing was done.", null);
        } else if (cause instanceof StrictHttpDecoder.AmbiguousFraming) {
            problem = HttpProblems.of("ambiguous-framing", "Bad Request", 400,
                    "The request has both Content-Length and Transfer-Encoding, so where it ends is ambiguous; send"
                            + " one of them. Nothing was done, and nothing after it on this connection is read.", null);
        } else {
            problem = HttpProblems.of("malformed-request", "Bad Request", 400,
                    "The request is not valid HTTP: its request line or a header is malformed, for example a"
                            + " control character in a header value. Nothing was done.", null);
        }
        String requestId = UUID.randomUUID().toString();
        boolean tls = request.isSSL();
        securityHeaders.applyStrict(tls, request.response().headers()::set);
        request.response().putHeader("API-Version", apiVersion).putHeader(HttpConventions.REQUEST_ID, requestId);
        accessLog.refused(remote(request), validMethod(request), request.path(), request.version() == null ? "HTTP/1.1"
                : request.version().alpnName().toUpperCase(java.util.Locale.ROOT), problem.status(), requestId,
                problem.type().substring(problem.type().lastIndexOf('/') + 1));
        HttpProblems.send(json, request.response(), problem, true);
    }

    private static String validMethod(HttpServerRequest request) {
        try {
            return request.method().name();
        } catch (RuntimeException e) {
            return "-";
        }
    }

    private static String remote(HttpServerRequest request) {
        return request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
    }
}
