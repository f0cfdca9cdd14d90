package nl.pestprotocol.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.VertxHandler;

/**
 * Where the HTTP server below the router is made ours: Quarkus 3.30 creates its Vert.x servers without
 * an {@code invalidRequestHandler} and offers no way to set one (quarkusio/quarkus issue 55082), nor a
 * way into a connection's Netty pipeline ({@code HttpServerOptionsCustomizer} only sees options). So
 * {@link StrictHttpTransport} hands every accepted HTTP connection to {@link #accepted}, once Vert.x has
 * set it up and before it reads a byte, and this sets {@link InvalidRequests} for requests that are not
 * valid HTTP and {@link HttpFraming} for strict framing and time limits.
 * <p>
 * The handlers are registered in the {@link StartupEvent}, which Quarkus fires before it opens its HTTP
 * socket, so no connection comes before them. (An earlier version patched the servers' handlers after
 * {@code HttpServerStart}; Quarkus fires that event asynchronously, so a synchronous observer never ran
 * and the layer was only set at the first request the router saw, after the connection it came on.)
 * <p>
 * Plain HTTP/1.1 only, as the service runs behind its ingress (HTTP/2 is off): a connection whose Vert.x
 * pipeline is not set up at accept (TLS, whose handshake comes first) keeps Vert.x' defaults, and a
 * warning says so once. If Vert.x' internals change (or the transport is not installed), start or the
 * first such connection logs it, and {@code HttpLayerTest}, {@code HttpFramingTest} and
 * {@code HttpTimeoutsTest} fail.
 */
@ApplicationScoped
public class HttpServerHooks {

    private static final Logger LOG = Logger.getLogger(HttpServerHooks.class);

    private record Layer(Handler<HttpServerRequest> invalidRequests, HttpFraming framing) {
    }

    /** The started service's layer: static, as the Vert.x transport is created outside CDI. */
    private static volatile Layer layer;
    private static volatile boolean warned;

    private final Vertx vertx;
    private final InvalidRequests invalidRequests;
    private final HttpFraming framing;

    public HttpServerHooks(Vertx vertx, InvalidRequests invalidRequests, HttpFraming framing) {
        this.vertx = vertx;
        this.invalidRequests = invalidRequests;
        this.framing = framing;
    }

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        layer = new Layer(invalidRequests::answer, framing);
        if (!(vertx instanceof VertxInternal internal && internal.transport() instanceof StrictHttpTransport)) {
            LOG.error("The strict HTTP layer is off: Vert.x was built without StrictHttpTransport (its"
                    + " META-INF/services entry not found?), so every connection keeps Vert.x' framing, time limits"
                    + " and empty 400/414/431");
        }
    }

    void unregister(@Observes ShutdownEvent stop) {
        layer = null;
    }

    /** A connection the HTTP server has just accepted and set up (see {@link StrictHttpTransport}). */
    static void accepted(Channel channel) {
        Layer current = layer;
        if (current == null) {
            return; // the service is not started (or stopping): nothing of ours to answer with
        }
        Object handler = channel.pipeline().get("handler");
        if (handler == null) {
            warnOnce("a connection's pipeline is not set up when it is accepted (TLS?)");
            return;
        }
        if (!(handler instanceof VertxHandler<?> vertx && vertx.getConnection() instanceof Http1xServerConnection connection)) {
            return; // not an HTTP/1.1 server connection
        }
        connection.invalidRequestHandler(current.invalidRequests());
        current.framing().guard(connection);
    }

    private static void warnOnce(String why) {
        if (!warned) {
            warned = true;
            LOG.warn("The strict HTTP layer is off for some connections: " + why
                    + "; they keep Vert.x' framing, time limits and empty 400/414/431");
        }
    }
}
