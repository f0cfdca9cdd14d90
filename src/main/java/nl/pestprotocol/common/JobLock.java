package nl.pestprotocol.common;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The one way a scheduled job runs once across replicas (spec §12). Every replica's scheduler fires
 * at the same cron time; the first to take the job's PostgreSQL advisory lock and record the fire
 * time ("slot") runs it, in that transaction; the others find the slot taken and skip. The advisory
 * lock keeps runs of one job from overlapping; the slot row keeps a replica that fires a moment
 * later (after the first finished and released the lock) from running the same slot again.
 */
@ApplicationScoped
public class JobLock {

    private static final Logger LOG = Logger.getLogger(JobLock.class);
    /** First key of every job lock: keeps our advisory locks apart from anyone else's. */
    private static final int NAMESPACE = 0x70657374;

    private final EntityManager em;
    private final Clock clock;
    private final String instance;

    public JobLock(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.instance = instanceName();
    }

    /** Runs {@code work} in this transaction if no replica runs or ran {@code job} for {@code slot}; false when skipped. */
    @Transactional
    public boolean runOnce(String job, Instant slot, Runnable work) {
        Instant at = slot.truncatedTo(ChronoUnit.SECONDS);
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:ns, hashtext(:job))")
                .setParameter("ns", NAMESPACE).setParameter("job", job).getSingleResult();
        if (!locked) {
            LOG.infof("Scheduled job %s for %s skipped on %s: running on another instance", job, at, instance);
            return false;
        }
        int claimed = em.createNativeQuery("insert into scheduled_job_run (job, slot, instance, started_at)"
                + " values (:job, :slot, :instance, :now) on conflict do nothing")
                .setParameter("job", job).setParameter("slot", at).setParameter("instance", instance)
                .setParameter("now", Instant.now(clock)).executeUpdate();
        if (claimed == 0) {
            LOG.infof("Scheduled job %s for %s skipped on %s: already ran on another instance", job, at, instance);
            return false;
        }
        LOG.infof("Scheduled job %s for %s runs on %s", job, at, instance);
        work.run();
        return true;
    }

    /** This replica's name in logs and in the runs table: host and process id. */
    public String instance() {
        return instance;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
