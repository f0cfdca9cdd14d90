package nl.pestprotocol.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts of deliveries and failures (spec §12); exported as metrics where a registry is present. */
@ApplicationScoped
public class WebhookMetrics {

    void attempted(Delivery delivery, WebhookSender.Answer answer) {
        // no registry yet
    }

    void gaveUp() {
        // no registry yet
    }
}
