package nl.pestprotocol.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.webhooks.WebhookDtos.DeliveryView;

/** The delivery log of a subscription, newest first, and the replay of one delivery. */
@ApplicationScoped
public class DeliveryLog {

    private final EntityManager em;
    private final WebhookSubscriptionService subscriptions;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    public DeliveryLog(EntityManager em, WebhookSubscriptionService subscriptions, WebhookDispatcher dispatcher, Clock clock) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Page<DeliveryView> list(UUID subscriptionId, String cursor, int limit) {
        subscriptions.find(subscriptionId, false);
        long before = cursor == null ? Long.MAX_VALUE : Cursor.decodeSequence(cursor);
        List<Delivery> rows = em.createQuery("from Delivery where subscriptionId = :s and position < :before order by position desc",
                Delivery.class).setParameter("s", subscriptionId).setParameter("before", before).setMaxResults(limit + 1)
                .getResultList();
        return Page.of(rows, limit, shown -> shown.stream().map(DeliveryLog::view).toList(),
                d -> Cursor.encodeKey(Long.toString(d.position)));
    }

    public DeliveryView get(UUID subscriptionId, UUID deliveryId) {
        return view(find(subscriptionId, deliveryId, false));
    }

    /**
     * Sends the delivery once more, with the same webhook-id and body, signed with the current secret at the
     * time it is sent. It is pending again and keeps its place in its case's order. A replay is one more
     * attempt: if it fails, the retry schedule continues from the attempts already made.
     */
    @Transactional
    public DeliveryView replay(UUID subscriptionId, UUID deliveryId) {
        Delivery d = find(subscriptionId, deliveryId, true);
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = Instant.now(clock);
        return view(d);
    }

    void afterReplay() {
        dispatcher.wake();
    }

    private Delivery find(UUID subscriptionId, UUID deliveryId, boolean lock) {
        subscriptions.find(subscriptionId, false);
        Delivery d = lock ? em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE) : em.find(Delivery.class, deliveryId);
        if (d == null || !d.subscriptionId.equals(subscriptionId)) {
            throw ApiException.notFound("The delivery");
        }
        return d;
    }

    static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id, d.webhookId(), Long.toString(d.eventSequence), d.eventType, d.caseId, d.status, d.attempts,
                d.lastStatusCode, d.lastError, d.lastDurationMs, d.lastAttemptAt,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.createdAt);
    }
}
