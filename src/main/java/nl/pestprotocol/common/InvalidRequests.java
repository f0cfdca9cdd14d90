package nl.pestprotocol.common;

import java.lang.reflect.Field;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnectionHandler;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.http.impl.HttpServerWorker;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.ext.web.Router;

/**
 * Requests that are not valid HTTP never reach the router: Vert.x refuses them in its codec (414 for
 * a request line over {@code quarkus.http.limits.max-initial-line-length}, 431 for headers over
 * {@code max-header-size}, 400 for a malformed line or header, such as a control character in a
 * value) with an empty body. Vert.x has a hook for them, {@code HttpServer#invalidRequestHandler},
 * but Quarkus 3.30 creates its servers without one and offers no way to set it (quarkusio/quarkus
 * issue 55082). So, once Quarkus' servers listen, this sets our handler where Vert.x has copied the
 * default: into the connection handler of every server of Quarkus' HTTP deployment. That is Vert.x
 * 4.5 internals; if they change, {@code HttpLayerTest} fails and a warning is logged at start.
 */
@ApplicationScoped
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

    private final Vertx vertx;
    private final ObjectMapper json;
    private final String apiVersion;
    private final Handler<HttpServerRequest> handler = this::answer;
    private volatile boolean installed;
    private volatile boolean warned;

    public InvalidRequests(Vertx vertx, ObjectMapper json, PestprotocolConfig config) {
        this.vertx = vertx;
        this.json = json;
        this.apiVersion = config.apiVersion();
    }

    /**
     * Quarkus announces its first listening server; Vert.x lists the deployment of all of them only
     * once every one listens. So look again every few milliseconds until it does (and, as a second
     * net, before each request the router sees until then).
     */
    void serverStarted(@Observes HttpServerStart start) {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
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
                LOG.warn("Cannot answer invalid HTTP requests with problem+json (Vert.x internals changed?);"
                        + " they keep Vert.x' empty 400/414/431", e);
            }
            return;
        }
        installed = servers > 0 && patched == servers;
    }

    private static java.util.List<HttpServerImpl> serversOf(Verticle verticle) throws IllegalAccessException {
        java.util.List<HttpServerImpl> servers = new java.util.ArrayList<>();
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

    /** True once the listening server uses our handler. */
    private boolean patch(HttpServerImpl server) throws ReflectiveOperationException {
        server.invalidRequestHandler(handler); // for a later listen
        Object worker = read(TCPServerBase.class, "childHandler", server);
        if (!(worker instanceof HttpServerWorker)) {
            return false; // not listening yet
        }
        Object connections = read(HttpServerWorker.class, "connectionHandler", worker);
        Field field = HttpServerConnectionHandler.class.getDeclaredField("invalidRequestHandler");
        field.setAccessible(true);
        field.set(connections, handler);
        return true;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = HttpProblems.of("uri-too-long", "URI Too Long", 414,
                    "The request line (method, path and query) is longer than this server accepts;"
                            + " send fewer or shorter query parameters. Nothing was done.", null);
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = HttpProblems.of("header-fields-too-large", "Request Header Fields Too Large", 431,
                    "The request headers are larger than this server accepts. Nothing was done.", null);
        } else {
            problem = HttpProblems.of("malformed-request", "Bad Request", 400,
                    "The request is not valid HTTP: its request line or a header is malformed, for example a"
                            + " control character in a header value. Nothing was done.", null);
        }
        String requestId = UUID.randomUUID().toString();
        LOG.debugf("Refused an invalid HTTP request with %d (request id %s): %s", problem.status(), requestId, cause);
        request.response().putHeader("API-Version", apiVersion).putHeader(HttpConventions.REQUEST_ID, requestId);
        HttpProblems.send(json, request.response(), problem, true);
    }
}
