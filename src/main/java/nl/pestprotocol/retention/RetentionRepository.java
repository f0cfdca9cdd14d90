package nl.pestprotocol.retention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The retention rule in SQL: which closed cases lose their personal content (each kind of record removes its own). */
@ApplicationScoped
public class RetentionRepository {

    private final EntityManager em;

    public RetentionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Closed, not yet anonymised cases whose involved pupils have all left the school, and where
     * both the closing and the last leaving lie before {@code cutoff}.
     */
    @SuppressWarnings("unchecked")
    public List<RetentionCandidate> candidates(LocalDate cutoff, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.closed_at, max(s.left_on)
                from bullying_case c
                join involvement i on i.case_id = c.id
                join student s on s.id = i.student_id
                where c.step = 'AFGESLOTEN' and c.anonymized_at is null and c.closed_at < :cutoffInstant
                group by c.id, c.closed_at
                having bool_and(s.left_on is not null and s.left_on <= :today) and max(s.left_on) < :cutoff
                order by c.closed_at, c.id""")
                // one night's batch, the oldest first; what is left waits for the next night (the contract's maxItems)
                .setMaxResults(nl.pestprotocol.common.ApiLimits.MAX_RETENTION_PER_RUN)
                .setParameter("cutoffInstant", cutoff.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .setParameter("today", today).setParameter("cutoff", cutoff).getResultList();
        return rows.stream().map(r -> {
            Instant closedAt = r[1] instanceof Instant i ? i : ((java.sql.Timestamp) r[1]).toInstant();
            LocalDate left = r[2] instanceof LocalDate d ? d : ((Date) r[2]).toLocalDate();
            LocalDate closedOn = closedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            LocalDate latest = left.isAfter(closedOn) ? left : closedOn;
            return new RetentionCandidate(r[0].toString(), closedAt, left, latest.plusDays(1));
        }).toList();
    }
}
