package nl.pestprotocol.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.timeline.CaseEvent;

/**
 * The transactional outbox: every domain event becomes one delivery row per enabled subscription to
 * its type, written by one statement inside the transaction of the change, so an event is sent if
 * and only if its change committed. After the commit the dispatcher is woken to send it at once.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;
    private final WebhookDispatcher dispatcher;
    /** Whether this replica wrote outbox rows in a transaction that may have committed since (a lost wake-up is caught by the poll). */
    private final AtomicBoolean written = new AtomicBoolean();

    public WebhookOutbox(EntityManager em, ObjectMapper json, Clock clock, PestprotocolConfig config,
            WebhookDispatcher dispatcher) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.source = config.webhooks().source();
        this.dispatcher = dispatcher;
    }

    void write(@Observes CaseEvent event) {
        String body;
        try {
            body = json.writeValueAsString(CloudEventBody.of(event, source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A domain event cannot be written as a CloudEvent", e);
        }
        int rows = em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, case_id, event_sequence, event_type, body, status,
                    attempts, next_attempt_at, created_at)
                select gen_random_uuid(), s.id, :caseId, :sequence, :type, :body, 'PENDING', 0, :now, :now
                from webhook_subscription s
                where s.enabled and :type = any(string_to_array(s.event_types, ','))""")
                .setParameter("caseId", event.caseId()).setParameter("sequence", event.sequence())
                .setParameter("type", event.type().name()).setParameter("body", body)
                .setParameter("now", Instant.now(clock)).executeUpdate();
        if (rows > 0) {
            written.set(true);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseEvent event) {
        if (written.getAndSet(false)) {
            dispatcher.wake();
        }
    }
}
