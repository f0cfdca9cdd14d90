package nl.pestprotocol.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /**
     * One statement for all cases of a request, however many: a list of 100 cases is one round trip.
     * {@code studentId}: the pupil the operation is about, or null.
     */
    public void insert(Collection<UUID> caseIds, Instant at, String subject, String username, String role, String action,
            String requestId, UUID studentId) {
        // the pupil is written as a literal null when absent: an untyped null parameter is no uuid to PostgreSQL
        var insert = getEntityManager().createNativeQuery("""
                insert into audit_entry (at, subject, username, role, action, case_id, request_id, student_id)
                select :at, :subject, :username, :role, :action, c, :requestId, %s
                from unnest(cast(:cases as uuid[])) as c""".formatted(studentId == null ? "null" : "cast(:student as uuid)"))
                .setParameter("at", at).setParameter("subject", subject).setParameter("username", username)
                .setParameter("role", role).setParameter("action", action).setParameter("requestId", requestId)
                .setParameter("cases", caseIds.toArray(new UUID[0]));
        if (studentId != null) {
            insert.setParameter("student", studentId.toString());
        }
        insert.executeUpdate();
    }

    /** One entry about a report of the desk (spec §13); reports are case data but need not belong to a case. */
    public void insertReport(UUID reportId, Instant at, String subject, String username, String role, String action,
            String requestId) {
        getEntityManager().createNativeQuery("""
                insert into audit_entry (at, subject, username, role, action, report_id, request_id)
                values (:at, :subject, :username, :role, :action, :report, :requestId)""")
                .setParameter("at", at).setParameter("subject", subject).setParameter("username", username)
                .setParameter("role", role).setParameter("action", action).setParameter("report", reportId)
                .setParameter("requestId", requestId).executeUpdate();
    }

    /** Retention of the audit itself: deletes the entries older than {@code cutoff}, through the one path the database allows. */
    public long expire(Instant cutoff) {
        return ((Number) getEntityManager().createNativeQuery("select audit_entry_expire(:cutoff)")
                .setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    /** Clears the pupil links of the entries of these (anonymised) cases, the only change the database allows. */
    public long unlinkPupils(Collection<UUID> caseIds) {
        return ((Number) getEntityManager().createNativeQuery("select audit_entry_unlink(cast(:cases as uuid[]))")
                .setParameter("cases", caseIds.toArray(new UUID[0])).getSingleResult()).longValue();
    }

    /** Oldest first, after entry {@code afterId}. */
    public List<AuditEntry> page(UUID caseId, long afterId, int limit) {
        return find("caseId = ?1 and id > ?2 order by id", caseId, afterId).page(0, limit).list();
    }
}
