package nl.pestprotocol.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.pestprotocol.common.JobLock;
import nl.pestprotocol.common.PestprotocolConfig;

/**
 * One attempt of one delivery, in one transaction: claim the next due delivery ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas never take the same row), send it, record the outcome. The row stays locked
 * while it is being sent, so no other replica sends it, nor a later event of the same case to the same
 * subscription: a delivery is due only when no earlier event of its case for its subscription is still
 * pending (delivered or given up first). If the replica dies mid-attempt the lock goes with its
 * connection and the delivery is sent again: at least once, each time with the same webhook-id.
 */
@ApplicationScoped
public class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class);

    private final EntityManager em;
    private final WebhookSender sender;
    private final ReceiverGuard guard;
    private final Clock clock;
    private final RetryPolicy retries;
    private final Duration disableAfter;
    private final String instance;
    private final WebhookMetrics metrics;

    public DeliveryAttempts(EntityManager em, WebhookSender sender, ReceiverGuard guard, Clock clock,
            PestprotocolConfig config, JobLock jobs, WebhookMetrics metrics) {
        this.em = em;
        this.sender = sender;
        this.guard = guard;
        this.clock = clock;
        this.retries = new RetryPolicy(config.webhooks().retryDelays());
        this.disableAfter = config.webhooks().disableAfterFailing();
        this.instance = jobs.instance();
        this.metrics = metrics;
    }

    /** Attempts the next due delivery; false when none is due. */
    @Transactional
    public boolean attemptNext() {
        Instant now = Instant.now(clock);
        Optional<UUID> claimed = em.createNativeQuery("""
                select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now and s.enabled
                  and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id
                      and e.case_id = d.case_id and e.status = 'PENDING' and e.event_sequence < d.event_sequence)
                order by d.next_attempt_at, d.position
                limit 1
                for update of d skip locked""", UUID.class).setParameter("now", now).getResultStream().findFirst();
        if (claimed.isEmpty()) {
            return false;
        }
        Delivery d = em.find(Delivery.class, claimed.get());
        // read, not locked: the outbox writes of case transactions (a foreign key to this row) must never wait
        // for a slow receiver; what an attempt changes on the subscription it changes by single statements
        WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
        em.detach(s);
        attempt(d, s, now);
        return true;
    }

    private void attempt(Delivery d, WebhookSubscription s, Instant now) {
        d.attempts++;
        d.lastAttemptAt = now;
        d.lastAttemptBy = instance;
        Optional<ReceiverGuard.Refusal> refused = guard.check(s.url);
        WebhookSender.Answer answer;
        if (refused.isPresent()) {
            answer = new WebhookSender.Answer(null, Optional.empty(), "address-refused", 0);
        } else {
            long timestamp = now.getEpochSecond();
            answer = sender.send(new WebhookSender.Signed(s.url, d.webhookId(), timestamp,
                    WebhookSecrets.signature(s, d.webhookId(), timestamp, d.body, now), d.body));
        }
        d.lastStatusCode = answer.status();
        d.lastError = answer.error();
        d.lastDurationMs = (int) Math.min(answer.durationMs(), Integer.MAX_VALUE);
        metrics.attempted(d, answer);
        if (answer.success()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = Instant.now(clock);
            em.createNativeQuery("update webhook_subscription set failing_since = null where id = :id and failing_since is not null")
                    .setParameter("id", s.id).executeUpdate();
            return;
        }
        if (answer.status() != null && answer.status() == 410) {
            d.status = DeliveryStatus.FAILED;
            disable(s.id, DisabledReason.GONE, null);
            return;
        }
        Optional<Duration> retryAfter = answer.status() != null && (answer.status() == 429 || answer.status() == 503)
                ? answer.retryAfter().flatMap(v -> RetryPolicy.parseRetryAfter(v, now))
                : Optional.empty();
        Optional<Instant> next = retries.nextAttempt(d.attempts, now, retryAfter);
        if (next.isPresent()) {
            d.nextAttemptAt = next.get();
        } else {
            d.status = DeliveryStatus.FAILED;
            metrics.gaveUp();
        }
        em.createNativeQuery("update webhook_subscription set failing_since = :now where id = :id and failing_since is null")
                .setParameter("now", now).setParameter("id", s.id).executeUpdate();
        disable(s.id, DisabledReason.FAILING, now.minus(disableAfter));
    }

    /** Disables the subscription; with {@code failingBefore}, only if it has been failing since then. */
    private void disable(UUID subscription, DisabledReason reason, Instant failingBefore) {
        var update = em.createNativeQuery("update webhook_subscription set enabled = false, disabled_reason = :reason,"
                + " version = version + 1 where id = :id and enabled"
                + (failingBefore == null ? "" : " and failing_since <= :before"))
                .setParameter("reason", reason.name()).setParameter("id", subscription);
        if (failingBefore != null) {
            update.setParameter("before", failingBefore);
        }
        int disabled = update.executeUpdate();
        if (disabled > 0) {
            LOG.warnf("Webhook subscription %s disabled: %s", subscription, reason);
        }
    }
}
