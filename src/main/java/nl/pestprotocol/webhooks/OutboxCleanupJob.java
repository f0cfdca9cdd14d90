package nl.pestprotocol.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import nl.pestprotocol.common.JobLock;
import nl.pestprotocol.common.PestprotocolConfig;

/** Deletes delivered and given-up deliveries older than the log retention, once across replicas. */
@ApplicationScoped
public class OutboxCleanupJob {

    static final String JOB = "webhook-outbox-cleanup";
    private static final Logger LOG = Logger.getLogger(OutboxCleanupJob.class);

    private final JobLock jobs;
    private final EntityManager em;
    private final Clock clock;
    private final Duration keep;

    public OutboxCleanupJob(JobLock jobs, EntityManager em, Clock clock, PestprotocolConfig config) {
        this.jobs = jobs;
        this.em = em;
        this.clock = clock;
        this.keep = config.webhooks().logRetention();
    }

    @Scheduled(cron = "{pestprotocol.webhooks.cleanup-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        jobs.runOnce(JOB, execution.getScheduledFireTime(), this::cleanUp);
    }

    /** Runs inside the job lock's transaction. */
    void cleanUp() {
        Instant before = Instant.now(clock).minus(keep);
        int deleted = em.createNativeQuery("delete from webhook_delivery where status in ('DELIVERED', 'FAILED') and created_at < :before")
                .setParameter("before", before).executeUpdate();
        int runs = em.createNativeQuery("delete from scheduled_job_run where slot < :before").setParameter("before", before)
                .executeUpdate();
        LOG.infof("Outbox cleanup deleted %d deliveries and %d job runs older than %s", deleted, runs, before);
    }
}
