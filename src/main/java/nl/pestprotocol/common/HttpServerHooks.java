package nl.pestprotocol.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
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

/**
 * Where the HTTP server below the router is made ours: Quarkus 3.30 creates its Vert.x servers without
 * an {@code invalidRequestHandler} and offers no way to set one (quarkusio/quarkus issue 55082), nor a
 * way into a connection's Netty pipeline ({@code HttpServerOptionsCustomizer} only sees options), and it
 * creates each server and makes it listen in one step. So this sets two handlers where Vert.x has
 * copied them, in the connection handler of every server of Quarkus' HTTP deployment (one per event
 * loop, all sharing one acceptor): {@link InvalidRequests} for requests that are not valid HTTP, and
 * {@link HttpFraming} for each new connection (strict framing and time limits).
 * <p>
 * It runs in the {@link StartupEvent}, before any other observer: Quarkus fires that synchronously
 * once its HTTP deployment is listening and before the service reports itself started, so every
 * connection the service accepts once started gets the strict layer. ({@code HttpServerStart} would
 * be earlier, but Quarkus fires it asynchronously, to {@code @ObservesAsync} only, which once left
 * the layer off until the first request that reached the router.) A connection accepted in the
 * moment between listening and this event keeps Vert.x' defaults.
 * <p>
 * That is Vert.x 4.5 internals: if they change, start logs an error and {@code HttpLayerTest},
 * {@code HttpFramingTest} and {@code HttpTimeoutsTest} fail.
 */
@ApplicationScoped
public class HttpServerHooks {

    private static final Logger LOG = Logger.getLogger(HttpServerHooks.class);

    private final Vertx vertx;
    private final Handler<io.vertx.core.http.HttpServerRequest> invalidRequests;
    private final HttpFraming framing;
    private volatile boolean installed;

    public HttpServerHooks(Vertx vertx, InvalidRequests invalidRequests, HttpFraming framing) {
        this.vertx = vertx;
        this.invalidRequests = invalidRequests::answer;
        this.framing = framing;
    }

    void serversListen(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        install();
    }

    /** True once every server of Quarkus uses our handlers. */
    boolean installed() {
        return installed;
    }

    synchronized void install() {
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
            LOG.error("Cannot install the strict HTTP layer (Vert.x internals changed?): invalid requests keep Vert.x'"
                    + " empty 400/414/431 and connections its framing and time limits", e);
            return;
        }
        installed = servers > 0 && patched == servers;
        LOG.warnf("DIAG install: servers=%d patched=%d installed=%s", servers, patched, installed);
        if (!installed) {
            LOG.errorf("The strict HTTP layer is off: %d of %d HTTP servers found listening could be patched"
                    + " (Vert.x internals changed?)", patched, servers);
        }
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
            return false; // not listening
        }
        Object connections = read(HttpServerWorker.class, "connectionHandler", worker);
        Field invalid = HttpServerConnectionHandler.class.getDeclaredField("invalidRequestHandler");
        invalid.setAccessible(true);
        invalid.set(connections, invalidRequests);
        Field connection = HttpServerConnectionHandler.class.getDeclaredField("connectionHandler");
        connection.setAccessible(true);
        Handler<HttpConnection> current = (Handler<HttpConnection>) connection.get(connections);
        // a server kept across a dev-mode restart carries the previous start's guard: replace it
        Handler<HttpConnection> quarkus = current instanceof Guarded guarded ? guarded.next() : current;
        connection.set(connections, new Guarded(framing, quarkus));
        return true;
    }

    /** Ours first (the pipeline is set before a byte is read), then Quarkus' own, if it has one. */
    private record Guarded(HttpFraming framing, Handler<HttpConnection> next) implements Handler<HttpConnection> {
        @Override
        public void handle(HttpConnection connection) {
            LOG.warnf("DIAG guard %s", connection);
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
