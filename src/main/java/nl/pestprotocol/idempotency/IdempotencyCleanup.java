package nl.pestprotocol.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes expired keys, with the copies of answers they hold, so they are kept no longer than needed. */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;

    IdempotencyCleanup(IdempotencyStore store) {
        this.store = store;
    }

    /** One delete statement: running it on two replicas at once deletes each row once and does no harm. */
    @Scheduled(every = "{pestprotocol.idempotency.cleanup-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deleteExpired();
    }

    @Transactional
    public int deleteExpired() {
        int deleted = store.deleteExpired();
        LOG.debugf("Deleted %d expired idempotency keys", deleted);
        return deleted;
    }
}
