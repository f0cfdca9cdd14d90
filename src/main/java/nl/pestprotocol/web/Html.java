package nl.pestprotocol.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.ApiException;

/** Writes a rendered page; a refusal of a service becomes the same page with its status and message. */
final class Html {

    private Html() {
    }

    static void send(RoutingContext ctx, int status, TemplateInstance page) {
        String body = page.render();
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8").end(body);
    }

    static void ok(RoutingContext ctx, TemplateInstance page) {
        send(ctx, 200, page);
    }

    /** What a person reads when a service refuses: in Dutch, without the API's problem details. */
    static String message(ApiException e) {
        return switch (e.status) {
            case 403 -> "U heeft hiervoor geen toegang. " + e.getMessage();
            case 404 -> "Niet gevonden.";
            case 409 -> "Dit kan nu niet: " + e.getMessage();
            default -> "Dit kon niet worden verwerkt: " + e.getMessage();
        };
    }
}
