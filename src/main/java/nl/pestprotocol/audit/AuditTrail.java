package nl.pestprotocol.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRepository;
import nl.pestprotocol.security.Role;

/**
 * The audit of one request. Writes are recorded at once, inside the transaction that makes them;
 * reads are collected and stored together before the response leaves ({@link AuditFilter}).
 */
@RequestScoped
public class AuditTrail {


    private final AuditRepository entries;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Clock clock;
    private final StudentRepository students;
    private final Set<UUID> reads = new LinkedHashSet<>();
    private String action = "unknown";
    private String requestId = "none";
    private String pupilExternalId;
    private Optional<UUID> pupil;

    public AuditTrail(AuditRepository entries, SecurityIdentity identity, JsonWebToken token, Clock clock,
            StudentRepository students) {
        this.entries = entries;
        this.identity = identity;
        this.token = token;
        this.clock = clock;
        this.students = students;
    }

    /** {@code pupilExternalId}: the pupil the operation is about (may be null); stored as the internal id. */
    void begin(String action, String requestId, String pupilExternalId) {
        this.action = action;
        this.requestId = requestId;
        this.pupilExternalId = pupilExternalId;
    }

    public void read(UUID caseId) {
        reads.add(caseId);
    }

    public void read(Collection<UUID> caseIds) {
        reads.addAll(caseIds);
    }

    /** Call inside the writing transaction: the entry commits or rolls back with the write. */
    public void wrote(UUID caseId) {
        store(List.of(caseId));
    }

    /**
     * Records a read or write of a report at once, inside the caller's transaction. A reporter without
     * an account is "anonymous"; {@code role} is the role the operation needs (or "none").
     */
    public void report(UUID reportId, String role) {
        boolean anonymous = identity.isAnonymous();
        String subject = anonymous ? "anonymous" : token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        entries.insertReport(reportId, Instant.now(clock), subject, anonymous ? "anonymous" : identity.getPrincipal().getName(),
                role, action, requestId);
    }

    boolean hasPendingReads() {
        return !reads.isEmpty();
    }

    void flushReads() {
        List<UUID> pending = List.copyOf(reads);
        reads.clear();
        QuarkusTransaction.requiringNew().run(() -> store(pending));
    }

    private void store(Collection<UUID> caseIds) {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        entries.insert(caseIds, Instant.now(clock), subject, identity.getPrincipal().getName(), roleUsed(), action, requestId,
                pupil());
    }

    /** Looked up when first stored: a write that creates the pupil's involvement finds them on the roster already. */
    private UUID pupil() {
        if (pupilExternalId == null) {
            return null;
        }
        if (pupil == null || pupil.isEmpty()) {
            pupil = students.findByExternalId(pupilExternalId).map((Student s) -> s.id);
        }
        return pupil.orElse(null);
    }

    private String roleUsed() {
        return java.util.Arrays.stream(Role.values()).map(r -> r.realmName).filter(identity::hasRole).findFirst()
                .orElse("none");
    }
}
