package nl.pestprotocol.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Strict HTTP/1.1 framing and time limits for every connection (spec §12 "Hardening"): Vert.x' request
 * decoder is replaced by {@link StrictHttpDecoder}, and a {@link ConnectionGuard} watches each
 * connection's clock: {@code pestprotocol.http.header-timeout} for a request's line and headers,
 * {@code body-timeout} for its body, {@code idle-timeout} between requests. What they refuse is
 * answered here, below Vert.x: problem+json with the security headers, one access-log line, and the
 * connection closed.
 */
@ApplicationScoped
public class HttpFraming {

    private static final Logger LOG = Logger.getLogger(HttpFraming.class);

    private final ConnectionTimeouts timeouts;
    private final long maxBodyBytes;
    private final ObjectMapper json;
    private final SecurityHeaders securityHeaders;
    private final AccessLog accessLog;
    private final String apiVersion;
    private volatile boolean warned;

    public HttpFraming(PestprotocolConfig config, ConnectionTimeouts timeouts, ObjectMapper json, SecurityHeaders securityHeaders,
            AccessLog accessLog, @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.timeouts = timeouts;
        this.maxBodyBytes = maxBody.asLongValue();
        this.json = json;
        this.securityHeaders = securityHeaders;
        this.accessLog = accessLog;
        this.apiVersion = config.apiVersion();
    }

    /**
     * A request refused below the router (framing, time) is cut off mid-body: the REST layer then fails
     * with "connection closed", which Quarkus would log as an ERROR with a stack trace. It was answered
     * and logged already, so that failure ends here.
     */
    void install(@jakarta.enterprise.event.Observes io.vertx.ext.web.Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            Channel channel = channelOf(ctx.request());
            if (ctx.failure() instanceof io.vertx.core.http.HttpClosedException && channel != null
                    && Boolean.TRUE.equals(channel.attr(AccessLog.ANSWERED_BELOW).get())) {
                return;
            }
            ctx.next();
        });
    }

    /** Called for each new connection before it reads a byte (see {@link HttpServerHooks}). */
    void guard(HttpConnection connection) {
        if (!(connection instanceof Http1xServerConnection http1)) {
            return; // HTTP/2 is off (application.properties); its framing has no such ambiguity
        }
        ChannelPipeline pipeline = http1.channelHandlerContext().pipeline();
        if (!(pipeline.get("httpDecoder") instanceof ByteToMessageDecoder) || pipeline.get("handler") == null) {
            warnOnce("the connection's pipeline is not as expected");
            return;
        }
        HttpServerOptions options = readOptions(http1);
        ConnectionTimeouts.Limits limits = timeouts.forNewConnection();
        ConnectionGuard guard = new ConnectionGuard(this, limits.headerMillis(), limits.bodyMillis(), limits.idleMillis());
        pipeline.replace("httpDecoder", "httpDecoder", new StrictHttpDecoder(options, guard, maxBodyBytes));
        pipeline.addBefore("handler", "connectionGuard", guard);
        guard.start(pipeline.context(guard));
    }

    private static HttpServerOptions readOptions(Http1xServerConnection connection) {
        try {
            java.lang.reflect.Field field = Http1xServerConnection.class.getDeclaredField("options");
            field.setAccessible(true);
            return (HttpServerOptions) field.get(connection);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vert.x internals changed: " + e, e);
        }
    }

    /** The raw bytes of a problem+json answer that closes the connection. */
    ByteBuf answer(Problem problem, boolean tls, String method, String path, String version, String remote) {
        String requestId = UUID.randomUUID().toString();
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}";
        }
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(problem.status()).append(' ').append(problem.title()).append("\r\n");
        head.append("Content-Type: ").append(Problem.MEDIA_TYPE).append("\r\n");
        head.append("Content-Length: ").append(bytes.length).append("\r\n");
        head.append("Connection: close\r\n");
        head.append("API-Version: ").append(apiVersion).append("\r\n");
        head.append(HttpConventions.REQUEST_ID).append(": ").append(requestId).append("\r\n");
        securityHeaders.applyStrict(tls, (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        accessLog.refused(remote, method, path, version, problem.status(), requestId,
                problem.type().substring(problem.type().lastIndexOf('/') + 1));
        return Unpooled.wrappedBuffer(head.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), bytes);
    }

    /** A timeout that closes a connection with nothing to answer is logged at debug level only: it is routine. */
    void closedQuietly(String why) {
        LOG.debugf("Closed a connection: %s", why);
    }

    /** The Netty channel of a request, or null when Vert.x' internals do not show it. */
    static Channel channelOf(HttpServerRequest request) {
        return request.connection() instanceof ConnectionBase base ? base.channel() : null;
    }

    private void warnOnce(String why) {
        if (!warned) {
            warned = true;
            LOG.warn("Strict HTTP framing and time limits are off: " + why + " (Vert.x internals changed?)");
        }
    }
}
