package nl.pestprotocol.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** One statement for all cases of a request, however many: a list of 100 cases is one round trip. */
    public void insert(Collection<UUID> caseIds, Instant at, String subject, String username, String role, String action,
            String requestId) {
        getEntityManager().createNativeQuery("""
                insert into audit_entry (at, subject, username, role, action, case_id, request_id)
                select :at, :subject, :username, :role, :action, c, :requestId from unnest(cast(:cases as uuid[])) as c""")
                .setParameter("at", at).setParameter("subject", subject).setParameter("username", username)
                .setParameter("role", role).setParameter("action", action).setParameter("requestId", requestId)
                .setParameter("cases", caseIds.toArray(new UUID[0])).executeUpdate();
    }

    /** Oldest first, after entry {@code afterId}. */
    public List<AuditEntry> page(UUID caseId, long afterId, int limit) {
        return find("caseId = ?1 and id > ?2 order by id", caseId, afterId).page(0, limit).list();
    }
}
