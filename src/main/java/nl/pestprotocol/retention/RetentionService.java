package nl.pestprotocol.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.pestprotocol.audit.AuditRepository;

/**
 * Retention: once a case is closed and every involved pupil has left the school longer ago than the
 * configured period (default two years, the Dutch guidance for pupil files), its personal content
 * is removed. The anonymous facts stay, for the school's own figures.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionRepository retention;
    private final AuditRepository audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Period period;

    public RetentionService(RetentionRepository retention, AuditRepository audit, Clock clock,
            @ConfigProperty(name = "pestprotocol.zone") ZoneId zone,
            @ConfigProperty(name = "pestprotocol.retention.after-leaving", defaultValue = "P2Y") Period period) {
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.period = period;
    }

    public List<RetentionCandidate> preview() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return retention.candidates(today.minus(period), today);
    }

    /** Anonymises what {@link #preview()} lists, in one transaction; answers how many cases. */
    @Transactional
    public int run() {
        List<UUID> ids = preview().stream().map(c -> UUID.fromString(c.caseId())).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        retention.anonymise(ids, now);
        audit.insert(ids, now, "retention", "retention", "system", "RETENTION anonymise", "scheduled");
        LOG.infof("Retention removed the personal content of %d closed case(s)", ids.size());
        return ids.size();
    }
}
