package nl.pestprotocol.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.impl.HttpServerConnectionHandler;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.http.impl.HttpServerWorker;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.ext.web.Router;

/**
 * Where the HTTP server below the router is made ours: Quarkus 3.30 creates its Vert.x servers without
 * an {@code invalidRequestHandler} and offers no way to set one (quarkusio/quarkus issue 55082), nor a
 * way into a connection's Netty pipeline ({@code HttpServerOptionsCustomizer} only sees options). So,
 * once Quarkus' servers listen, this sets two handlers where Vert.x has copied them, in the connection
 * handler of every server of Quarkus' HTTP deployment: {@link InvalidRequests} for requests that are
 * not valid HTTP, and {@link HttpFraming} for each new connection (strict framing and time limits).
 * That is Vert.x 4.5 internals; if they change, {@code HttpLayerTest} and {@code HttpFramingTest} fail
 * and a warning is logged at start. A connection accepted in the few milliseconds between the server's
 * start and this keeps Vert.x' defaults.
 */
@ApplicationScoped
public class HttpServerHooks {

    private static final Logger LOG = Logger.getLogger(HttpServerHooks.class);

    private final Vertx vertx;
    private final Handler<io.vertx.core.http.HttpServerRequest> invalidRequests;
    private final HttpFraming framing;
    private volatile boolean installed;
    private volatile boolean warned;

    public HttpServerHooks(Vertx vertx, InvalidRequests invalidRequests, HttpFraming framing) {
        this.vertx = vertx;
        this.invalidRequests = invalidRequests::answer;
        this.framing = framing;
    }

    /**
     * Quarkus announces its first listening server; Vert.x lists the deployment of all of them only
     * once every one listens. So look again every few milliseconds until it does (and, as a second
     * net, before each request the router sees until then).
     */
    void serverStarted(@Observes HttpServerStart start) {
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        vertx.setPeriodic(10, timer -> {
            install();
            if (installed || warned || System.nanoTime() > giveUpAt) {
                vertx.cancelTimer(timer);
            }
        });
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (!installed) {
                install();
            }
            ctx.next();
        });
    }

    /** True once every server of Quarkus uses our handlers. */
    boolean installed() {
        return installed;
    }

    private synchronized void install() {
        if (installed) {
            return;
        }
        int servers = 0;
        int patched = 0;
        try {
            VertxInternal vx = (VertxInternal) vertx;
            for (String id : vx.deploymentIDs()) {
                Deployment deployment = vx.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    for (HttpServerImpl server : serversOf(verticle)) {
                        servers++;
                        patched += patch(server) ? 1 : 0;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Cannot install the strict HTTP layer (Vert.x internals changed?): invalid requests keep Vert.x'"
                        + " empty 400/414/431 and connections its framing and time limits", e);
            }
            return;
        }
        installed = servers > 0 && patched == servers;
    }

    private static List<HttpServerImpl> serversOf(Verticle verticle) throws IllegalAccessException {
        List<HttpServerImpl> servers = new ArrayList<>();
        for (Field field : verticle.getClass().getDeclaredFields()) {
            if (HttpServer.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                if (field.get(verticle) instanceof HttpServerImpl server) {
                    servers.add(server);
                }
            }
        }
        return servers;
    }

    /** True once the listening server uses our handlers. */
    @SuppressWarnings("unchecked")
    private boolean patch(HttpServerImpl server) throws ReflectiveOperationException {
        Object worker = read(TCPServerBase.class, "childHandler", server);
        if (!(worker instanceof HttpServerWorker)) {
            return false; // not listening yet
        }
        Object connections = read(HttpServerWorker.class, "connectionHandler", worker);
        Field invalid = HttpServerConnectionHandler.class.getDeclaredField("invalidRequestHandler");
        invalid.setAccessible(true);
        invalid.set(connections, invalidRequests);
        Field connection = HttpServerConnectionHandler.class.getDeclaredField("connectionHandler");
        connection.setAccessible(true);
        Handler<HttpConnection> quarkus = (Handler<HttpConnection>) connection.get(connections);
        if (!(quarkus instanceof Guarded)) {
            connection.set(connections, new Guarded(framing, quarkus));
        }
        return true;
    }

    /** Ours first (the pipeline is set before a byte is read), then Quarkus' own, if it has one. */
    private record Guarded(HttpFraming framing, Handler<HttpConnection> next) implements Handler<HttpConnection> {
        @Override
        public void handle(HttpConnection connection) {
            framing.guard(connection);
            if (next != null) {
                next.handle(connection);
            }
        }
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
