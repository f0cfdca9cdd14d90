package nl.pestprotocol.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Conventions every HTTP response follows, also those served outside the REST layer (OpenAPI,
 * health): the security headers ({@link SecurityHeaders}), one access-log line ({@link AccessLog}),
 * the {@code API-Version} header, an echoed or generated {@code X-Request-Id}, 413
 * problem+json for bodies over 1 MiB (declared or chunked), and content negotiation: the API has
 * only JSON, so an {@code Accept} that excludes it is answered 406 before any work is done.
 */
@ApplicationScoped
public class HttpConventions {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final long MAX_BODY_BYTES = BodyLimits.DEFAULT_BYTES;
    /** A client's request id is echoed only when it is plainly an id; anything else is replaced. */
    private static final java.util.regex.Pattern SAFE_REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String API = "/api/v1/";
    /** The contract is also served as YAML, so negotiation there is SmallRye OpenAPI's own. */
    private static final String CONTRACT = "/api/v1/openapi";

    private final String apiVersion;
    private final ObjectMapper json;
    private final SecurityHeaders securityHeaders;
    private final AccessLog accessLog;
    private final BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)
            .setDeleteUploadedFilesOnEnd(true);
    /** The bulk roster paths have limits of their own (BodyLimits); one handler each, made once. */
    private final java.util.Map<Long, BodyHandler> largerChunkedBodies = new java.util.concurrent.ConcurrentHashMap<>();

    public HttpConventions(PestprotocolConfig config, ObjectMapper json, SecurityHeaders securityHeaders,
            AccessLog accessLog) {
        this.apiVersion = config.apiVersion();
        this.json = json;
        this.securityHeaders = securityHeaders;
        this.accessLog = accessLog;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limitChunkedBody).failureHandler(this::bodyTooLarge);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        securityHeaders.onRequest(ctx);
        accessLog.onRequest(ctx);
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        ctx.put(REQUEST_ID, requestId);
        org.jboss.logging.MDC.put("requestId", requestId);
        ctx.response().headers().set("API-Version", apiVersion).set(REQUEST_ID, requestId);
        if (request.path().startsWith(API)) {
            // the contract at /api/v1/openapi.json is for every origin (spec §9); see OpenApiConventions on why * is safe here
            ctx.response().headers().set("Access-Control-Allow-Origin", "*");
        }
        if (declaredBodyTooLarge(request.getHeader(HttpHeaders.CONTENT_LENGTH), BodyLimits.bytesFor(request.path()))) {
            // not a byte of it is stored; it is read and dropped for a few seconds, so the client sees the answer
            HttpProblems.sendThenClose(json, ctx.vertx(), request, tooLargeProblem(ctx));
            return;
        }
        if (request.path().startsWith(API) && !request.path().startsWith(CONTRACT)) {
            // the statistics are also offered as CSV (spec §13); that one path keeps a text/csv Accept for the REST layer
            if (request.path().equals(API + "statistics") && String.join(",", request.headers().getAll(HttpHeaders.ACCEPT))
                    .toLowerCase(java.util.Locale.ROOT).contains("text/csv")) {
                ctx.next();
                return;
            }
            if (!AcceptHeader.acceptsJson(request.headers().getAll(HttpHeaders.ACCEPT))) {
                HttpProblems.sendThenClose(json, ctx.vertx(), request, HttpProblems.of("not-acceptable", "Not Acceptable",
                        406, "This API answers application/json only (errors as application/problem+json): send Accept:"
                                + " application/json, or no Accept header. Nothing was done.",
                        request.path()));
                return;
            }
            // from here on the REST layer only ever picks JSON, whatever else the header listed
            request.headers().set(HttpHeaders.ACCEPT, "application/json");
        }
        ctx.next();
    }

    /** Without a Content-Length the size shows only while reading: read at most 1 MiB, then refuse. */
    private void limitChunkedBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            long limit = BodyLimits.bytesFor(request.path());
            BodyHandler bodies = limit == MAX_BODY_BYTES ? chunkedBodies
                    : largerChunkedBodies.computeIfAbsent(limit,
                            l -> BodyHandler.create(false).setBodyLimit(l).setDeleteUploadedFilesOnEnd(true));
            bodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void bodyTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            // the BodyHandler keeps reading and dropping what still comes
            HttpProblems.sendThenClose(json, ctx.vertx(), ctx.request(), tooLargeProblem(ctx));
        } else {
            ctx.next();
        }
    }

    private static Problem tooLargeProblem(RoutingContext ctx) {
        return HttpProblems.of("payload-too-large", "Request body too large", 413, "The request body is larger than "
                + BodyLimits.describe(BodyLimits.bytesFor(ctx.request().path())) + ".", ctx.request().path());
    }

    private static boolean declaredBodyTooLarge(String contentLength, long limit) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
