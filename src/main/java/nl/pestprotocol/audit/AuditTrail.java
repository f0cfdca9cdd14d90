package nl.pestprotocol.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
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
    private final Set<UUID> reads = new LinkedHashSet<>();
    private String action = "unknown";
    private String requestId = "none";

    public AuditTrail(AuditRepository entries, SecurityIdentity identity, JsonWebToken token, Clock clock) {
        this.entries = entries;
        this.identity = identity;
        this.token = token;
        this.clock = clock;
    }

    void begin(String action, String requestId) {
        this.action = action;
        this.requestId = requestId;
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
        entries.insert(caseIds, Instant.now(clock), subject, identity.getPrincipal().getName(), roleUsed(), action, requestId);
    }

    private String roleUsed() {
        return java.util.Arrays.stream(Role.values()).map(r -> r.realmName).filter(identity::hasRole).findFirst()
                .orElse("none");
    }
}
