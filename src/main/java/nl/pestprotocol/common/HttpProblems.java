package nl.pestprotocol.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/** Answers problem+json from the HTTP layer, below the REST layer and its exception mappers. */
final class HttpProblems {

    private HttpProblems() {
    }

    /**
     * Ends {@code response} with {@code problem}; with {@code close} the connection is closed after
     * it, as a server does when it cannot trust (or has not read) the rest of what the client sends.
     */
    static void send(ObjectMapper json, HttpServerResponse response, Problem problem, boolean close) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(body).onComplete(done -> response.close());
        } else {
            response.end(body);
        }
    }

    /**
     * As {@link #send} with close, for a request whose body may still be arriving: the connection is
     * closed once the client has sent it (read and dropped) or after a few seconds, because closing a
     * socket with unread input resets it, and the client may then never see the answer.
     */
    static void sendThenClose(ObjectMapper json, io.vertx.core.Vertx vertx, io.vertx.core.http.HttpServerRequest request,
            Problem problem) {
        if (request.isEnded()) {
            send(json, request.response(), problem, true);
            return;
        }
        HttpServerResponse response = request.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        send(json, response, problem, false);
        long timer = vertx.setTimer(DRAIN_MILLIS, t -> response.close());
        request.endHandler(end -> {
            vertx.cancelTimer(timer);
            response.close();
        });
        request.handler(ignored -> {
        });
        request.resume();
    }

    private static final long DRAIN_MILLIS = 5000;

    static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(Problem.typeFor(slug), title, status, detail, instance, null, null, null);
    }
}
