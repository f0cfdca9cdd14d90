package nl.pestprotocol.webhooks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries, one at a time on one thread per replica: woken right after a transaction
 * that wrote outbox rows commits, and on a short poll for retries and for what another replica's
 * wake-up left. Replicas run side by side safely: each attempt claims its row with SKIP LOCKED.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Attempts per drain before yielding, so a poll never runs unbounded. */
    private static final int MAX_PER_DRAIN = 500;

    private final DeliveryAttempts attempts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "webhook-dispatcher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public WebhookDispatcher(DeliveryAttempts attempts) {
        this.attempts = attempts;
    }

    /** Asks for a drain soon; wake-ups while one is queued are folded into it. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    @Scheduled(every = "{pestprotocol.webhooks.poll-interval}", delayed = "{pestprotocol.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void drain() {
        queued.set(false);
        try {
            for (int i = 0; i < MAX_PER_DRAIN && attempts.attemptNext(); i++) {
                // next
            }
        } catch (RuntimeException e) {
            // the database may be away; the next poll tries again
            LOG.warnf("Webhook dispatch stopped: %s", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
