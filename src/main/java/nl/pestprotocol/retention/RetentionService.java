package nl.pestprotocol.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.pestprotocol.audit.AuditRepository;
import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.common.PestprotocolConfig;

/**
 * Retention (spec §10): once a case is closed and every involved pupil has left the school longer
 * ago than the configured period (default two years, the Dutch guidance for pupil files), every kind
 * of record of the case removes its personal content; the anonymous facts stay, for the school's own
 * figures. Records kept outside any case (reports closed without one, or never triaged) lose theirs the
 * same period after they were closed or, never triaged, received. Then pupils who left that long ago and whom no case names any more lose their own
 * record's identifying data, and audit entries older than the audit period are deleted.
 */
@ApplicationScoped
public class RetentionService {

    /** What one run removed. */
    public record Report(int cases, int outsideCases, int students, long auditEntries) {
    }

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionRepository retention;
    private final Instance<CaseRecords> records;
    private final LeaverRule leavers;
    private final AuditRepository audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Period period;
    private final Period auditPeriod;

    public RetentionService(RetentionRepository retention, Instance<CaseRecords> records, LeaverRule leavers,
            AuditRepository audit, Clock clock, PestprotocolConfig config) {
        this.retention = retention;
        this.records = records;
        this.leavers = leavers;
        this.audit = audit;
        this.clock = clock;
        this.zone = config.zone();
        this.period = config.retention().afterLeaving();
        this.auditPeriod = config.retention().audit();
    }

    public List<RetentionCandidate> preview() {
        LocalDate today = today();
        return retention.candidates(today.minus(period), today);
    }

    /** Anonymises what {@link #preview()} lists, then the leavers' records, then expires the audit; one transaction. */
    @Transactional
    public Report run() {
        Instant now = Instant.now(clock);
        LocalDate today = today();
        List<UUID> ids = preview().stream().map(c -> UUID.fromString(c.caseId())).toList();
        if (!ids.isEmpty()) {
            records.forEach(kind -> kind.anonymise(ids, now));
            audit.insert(ids, now, "retention", "retention", "system", "RETENTION anonymise", "scheduled", null);
        }
        // records outside any case have no pupils who leave: the term runs from their closing (or receipt)
        Instant cutoff = today.minus(period).atStartOfDay(zone).toInstant();
        int outside = records.stream().mapToInt(kind -> kind.anonymiseOutsideCases(cutoff, now)).sum();
        int students = leavers.apply(today.minus(period), now);
        long expired = audit.expire(today.minus(auditPeriod).atStartOfDay(zone).toInstant());
        Report report = new Report(ids.size(), outside, students, expired);
        LOG.infof("Retention removed the personal content of %d closed case(s), %d record(s) outside any case and %d"
                + " leaver record(s), and deleted %d audit entries", report.cases(), report.outsideCases(), report.students(),
                report.auditEntries());
        return report;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
