package nl.pestprotocol.common;

import java.util.concurrent.ThreadFactory;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.InternetProtocolFamily;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.impl.VertxBuilder;
import io.vertx.core.net.ClientOptionsBase;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.spi.VertxServiceProvider;
import io.vertx.core.spi.transport.Transport;

/**
 * The one place every accepted HTTP connection passes through: Vert.x' transport, wrapped. When a TCP
 * server binds, Vert.x hands the transport the Netty bootstrap whose child handler sets up each accepted
 * connection (for all the event-loop instances of Quarkus' HTTP server, which share that one acceptor);
 * this wraps that handler so that, right after Vert.x has set a connection up and before it reads a
 * byte, {@link HttpServerHooks} gets it (and takes the HTTP ones). Everything else is the wrapped
 * transport's.
 * <p>
 * {@link Provider} installs it: Vert.x loads {@code VertxServiceProvider}s with the ServiceLoader when
 * Quarkus builds its Vert.x, before any server exists.
 */
final class StrictHttpTransport implements Transport {

    private final Transport vertx;

    StrictHttpTransport(Transport vertx) {
        this.vertx = vertx;
    }

    /** Named in {@code META-INF/services/io.vertx.core.spi.VertxServiceProvider}. */
    public static final class Provider implements VertxServiceProvider {
        @Override
        public void init(VertxBuilder builder) {
            Transport transport = builder.findTransport();
            if (transport != null && !(transport instanceof StrictHttpTransport)) {
                builder.findTransport(new StrictHttpTransport(transport));
            }
        }
    }

    @Override
    public void configure(NetServerOptions options, boolean domainSocket, ServerBootstrap bootstrap) {
        vertx.configure(options, domainSocket, bootstrap);
        ChannelHandler accepted = bootstrap.config().childHandler();
        // Vert.x passes a copy of the server's options as NetServerOptions: which connections are HTTP shows at accept
        if (accepted != null) {
            bootstrap.childHandler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(Channel channel) {
                    channel.pipeline().addLast(accepted); // Vert.x sets the connection up, here and now
                    HttpServerHooks.accepted(channel);
                }
            });
        }
    }

    @Override
    public boolean supportsDomainSockets() {
        return vertx.supportsDomainSockets();
    }

    @Override
    public boolean supportFileRegion() {
        return vertx.supportFileRegion();
    }

    @Override
    public boolean isAvailable() {
        return vertx.isAvailable();
    }

    @Override
    public Throwable unavailabilityCause() {
        return vertx.unavailabilityCause();
    }

    @Override
    public java.net.SocketAddress convert(io.vertx.core.net.SocketAddress address) {
        return vertx.convert(address);
    }

    @Override
    public io.vertx.core.net.SocketAddress convert(java.net.SocketAddress address) {
        return vertx.convert(address);
    }

    @Override
    public EventLoopGroup eventLoopGroup(int type, int threads, ThreadFactory threadFactory, int ioRatio) {
        return vertx.eventLoopGroup(type, threads, threadFactory, ioRatio);
    }

    @Override
    public DatagramChannel datagramChannel() {
        return vertx.datagramChannel();
    }

    @Override
    public DatagramChannel datagramChannel(InternetProtocolFamily family) {
        return vertx.datagramChannel(family);
    }

    @Override
    public ChannelFactory<? extends Channel> channelFactory(boolean domainSocket) {
        return vertx.channelFactory(domainSocket);
    }

    @Override
    public ChannelFactory<? extends ServerChannel> serverChannelFactory(boolean domainSocket) {
        return vertx.serverChannelFactory(domainSocket);
    }

    @Override
    public void configure(DatagramChannel channel, DatagramSocketOptions options) {
        vertx.configure(channel, options);
    }

    @Override
    public void configure(ClientOptionsBase options, boolean domainSocket, io.netty.bootstrap.Bootstrap bootstrap) {
        vertx.configure(options, domainSocket, bootstrap);
    }
}
