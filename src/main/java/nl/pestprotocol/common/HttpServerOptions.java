package nl.pestprotocol.common;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;

/**
 * HTTP/1.1 only, from the first byte: without the h2c upgrade (HTTP/2 is off, TLS and HTTP/2 end at
 * the ingress) Vert.x sets up a connection's HTTP/1.1 pipeline as soon as it is accepted rather than
 * after its first bytes, so {@link StrictHttpTransport} finds it set up at accept and
 * {@link ConnectionGuard}'s clock runs also for a client that connects and sends nothing.
 */
@ApplicationScoped
public class HttpServerOptions implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(io.vertx.core.http.HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
