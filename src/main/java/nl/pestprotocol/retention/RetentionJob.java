package nl.pestprotocol.retention;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import nl.pestprotocol.common.JobLock;

/** The nightly retention run; once across replicas ({@link JobLock}). */
@ApplicationScoped
public class RetentionJob {

    static final String JOB = "retention";

    private final RetentionService retention;
    private final JobLock jobs;

    public RetentionJob(RetentionService retention, JobLock jobs) {
        this.retention = retention;
        this.jobs = jobs;
    }

    @Scheduled(cron = "{pestprotocol.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly(ScheduledExecution execution) {
        // RetentionService.run joins the lock's transaction, so the slot is recorded only if the run commits
        jobs.runOnce(JOB, execution.getScheduledFireTime(), retention::run);
    }
}
