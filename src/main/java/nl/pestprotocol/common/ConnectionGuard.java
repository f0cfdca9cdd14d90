package nl.pestprotocol.common;

import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;

/**
 * The clock of one HTTP/1.1 connection. Between the decoder and Vert.x it sees each request's head and
 * end come in and each response's head and end go out, and allows:
 * <ul>
 * <li>a request's line and headers {@code headerTimeout}, counted from the connection's start or the
 * request's first byte (a client sending its headers a byte at a time is cut off, however steadily);</li>
 * <li>its body {@code bodyTimeout} once the headers are in;</li>
 * <li>{@code idleTimeout} without a byte between a response and the next request.</li>
 * </ul>
 * While the service works on a request no clock runs. A client that is too slow gets 408 problem+json
 * when nothing else is being answered on the connection, and the connection is closed.
 */
final class ConnectionGuard extends ChannelDuplexHandler {

    private enum Phase { AWAITING, HEAD, BODY }

    private final HttpFraming framing;
    private final long headerMillis;
    private final long bodyMillis;
    private final long idleMillis;
    private ChannelHandlerContext ctx;
    private Phase phase = Phase.AWAITING;
    /** Requests whose response has not been written to the end. */
    private int owed;
    private boolean responseStarted;
    private boolean done;
    private ScheduledFuture<?> timer;
    private String method = "-";
    private String path;
    private String version = "HTTP/1.1";

    ConnectionGuard(HttpFraming framing, long headerMillis, long bodyMillis, long idleMillis) {
        this.framing = framing;
        this.headerMillis = headerMillis;
        this.bodyMillis = bodyMillis;
        this.idleMillis = idleMillis;
    }

    /** The connection is new: its first request's head must come within the header time. */
    void start(ChannelHandlerContext context) {
        this.ctx = context;
        phase = Phase.HEAD;
        schedule(headerMillis, this::headerTooSlow);
    }

    /** Called by the decoder before it reads bytes. */
    void bytesArrived() {
        if (phase == Phase.AWAITING && !done) {
            phase = Phase.HEAD;
            schedule(headerMillis, this::headerTooSlow);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            owed++;
            method = request.method().name();
            path = request.uri();
            version = request.protocolVersion().text();
            phase = Phase.BODY;
            schedule(bodyMillis, this::bodyTooSlow);
        }
        if (msg instanceof LastHttpContent) {
            phase = Phase.AWAITING;
            cancel();
            idleIfNothingOwed();
        }
        super.channelRead(context, msg);
    }

    @Override
    public void write(ChannelHandlerContext context, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
            responseStarted = true;
        }
        if (msg instanceof LastHttpContent && responseStarted) {
            responseStarted = false;
            owed = Math.max(0, owed - 1);
            idleIfNothingOwed();
        }
        super.write(context, msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        done = true;
        cancel();
        super.channelInactive(context);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        cancel();
    }

    /**
     * Answers {@code problem} and closes, when the connection is free to carry an answer (no other
     * response started or waiting before it); otherwise only closes.
     */
    void refuse(ChannelHandlerContext decoderContext, Problem problem) {
        if (done) {
            return;
        }
        done = true;
        cancel();
        ctx.channel().attr(AccessLog.ANSWERED_BELOW).set(Boolean.TRUE);
        boolean free = !responseStarted && (phase == Phase.BODY ? owed == 1 : owed == 0);
        if (!free) {
            framing.closedQuietly(problem.title() + " while another answer was under way");
            ctx.channel().close();
            return;
        }
        boolean tls = ctx.pipeline().get(SslHandler.class) != null;
        // written below the encoder: the answer is bytes of its own, whatever state the encoder is in
        decoderContext.writeAndFlush(framing.answer(problem, tls, phase == Phase.HEAD ? "-" : method,
                phase == Phase.HEAD ? null : path, version, remote())).addListener(ChannelFutureListener.CLOSE);
    }

    private void headerTooSlow() {
        if (phase == Phase.HEAD && !done) {
            refuse(ctx.pipeline().context("httpDecoder"), HttpProblems.of("request-timeout", "Request Timeout", 408,
                    "The request's line and headers did not arrive within " + seconds(headerMillis) + ". Nothing was done.",
                    null));
        }
    }

    private void bodyTooSlow() {
        if (phase == Phase.BODY && !done) {
            refuse(ctx.pipeline().context("httpDecoder"), HttpProblems.of("request-timeout", "Request Timeout", 408,
                    "The request body did not arrive within " + seconds(bodyMillis) + ". Nothing was done.", null));
        }
    }

    private void idleIfNothingOwed() {
        if (phase == Phase.AWAITING && owed == 0 && !done) {
            schedule(idleMillis, () -> {
                if (phase == Phase.AWAITING && owed == 0 && !done) {
                    done = true;
                    framing.closedQuietly("idle");
                    ctx.channel().close();
                }
            });
        }
    }

    private void schedule(long millis, Runnable task) {
        cancel();
        timer = ctx.executor().schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private String remote() {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress()
                : "-";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
