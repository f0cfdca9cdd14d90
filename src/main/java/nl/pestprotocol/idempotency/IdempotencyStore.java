package nl.pestprotocol.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * The keys and first answers, per caller. Every method runs inside the transaction the caller
 * holds (the request's own, see {@link IdempotencyFilter}), so a key and the change it answers
 * commit together or not at all.
 */
@ApplicationScoped
class IdempotencyStore {

    /** The spec keeps keys at least this long; a shorter setting is raised to it. */
    static final Duration MINIMUM_KEEP = Duration.ofHours(24);
    /** Our advisory locks live in their own class id, apart from other advisory locks of the service. */
    private static final int LOCK_CLASS = 0x1de0;

    sealed interface Claim {
    }

    /** No answer yet: the caller runs the request and stores its answer in the same transaction. */
    record Claimed() implements Claim {
    }

    /** Another request with this key holds it right now. */
    record InFlight() implements Claim {
    }

    /** This key answered another request (method, path or body). */
    record Mismatch() implements Claim {
    }

    record Replay(StoredAnswer answer) implements Claim {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Duration keep;

    IdempotencyStore(EntityManager em, Clock clock, PestprotocolConfig config) {
        this.em = em;
        this.clock = clock;
        Duration configured = config.idempotency().keep();
        this.keep = configured.compareTo(MINIMUM_KEEP) < 0 ? MINIMUM_KEEP : configured;
    }

    /**
     * Takes the key for this transaction, or says why not. The transaction-scoped advisory lock makes
     * a second request with the same key (on any replica) see "in flight" instead of waiting; it is
     * released by the commit that also makes the stored answer visible, or by a rollback.
     */
    Claim claim(String subject, IdempotencyKey key, String fingerprint) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_CLASS).setParameter(2, subject + "\n" + key.value()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new InFlight();
        }
        // an expired key is as good as none; the cleanup job would delete it anyway
        em.createNativeQuery("delete from idempotency_key where subject = ?1 and idem_key = ?2 and expires_at <= ?3")
                .setParameter(1, subject).setParameter(2, key.value()).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, content_type, location, etag, body"
                + " from idempotency_key where subject = ?1 and idem_key = ?2")
                .setParameter(1, subject).setParameter(2, key.value()).getResultList();
        if (rows.isEmpty()) {
            return new Claimed();
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            return new Mismatch();
        }
        return new Replay(new StoredAnswer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5]));
    }

    /** Stores the answer of a claimed key, in the request's transaction. */
    void complete(String subject, IdempotencyKey key, String fingerprint, String method, String path, StoredAnswer answer) {
        Instant now = Instant.now(clock);
        org.hibernate.query.NativeQuery<?> insert = em.createNativeQuery("insert into idempotency_key (subject, idem_key,"
                + " fingerprint, method, path, status, content_type, location, etag, body, created_at, expires_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)").unwrap(org.hibernate.query.NativeQuery.class);
        insert.setParameter(1, subject).setParameter(2, key.value()).setParameter(3, fingerprint)
                .setParameter(4, method).setParameter(5, path).setParameter(6, answer.status())
                // typed, because any of these may be null
                .setParameter(7, answer.contentType(), String.class).setParameter(8, answer.location(), String.class)
                .setParameter(9, answer.etag(), String.class).setParameter(10, answer.body(), String.class)
                .setParameter(11, Timestamp.from(now)).setParameter(12, Timestamp.from(now.plus(keep))).executeUpdate();
    }

    /** Deletes expired keys and their answers; answers how many. */
    int deleteExpired() {
        return em.createNativeQuery("delete from idempotency_key where expires_at <= ?1")
                .setParameter(1, Timestamp.from(Instant.now(clock))).executeUpdate();
    }
}
